using System;

namespace Veo.Contract;

/// <summary>
/// Base of every error the Veo client raises at run time: requests refused before sending
/// (<see cref="VeoValidationException"/>), HTTP errors (<see cref="VeoApiException"/>), tasks that ended
/// without a video and failed downloads.
/// None of them ever contains the API key.
/// </summary>
public abstract class VeoException : Exception
{
    /// <summary>Creates the exception with a message that must not contain the API key.</summary>
    protected VeoException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
