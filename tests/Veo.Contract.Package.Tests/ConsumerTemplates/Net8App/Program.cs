using System;
using VeoConsumer.Shared;

var request = FullHdRequests.TooShortForFullHd();
Console.WriteLine($"{request.Model}: {request.Duration} s at {request.Resolution}");
