using System.Threading;
using System.Threading.Tasks;
using Veo.Contract;

namespace VeoConsumer.Library
{
    /// <summary>Valid requests only: a false VEO diagnostic here would fail the package test.</summary>
    public sealed class PortraitClips
    {
        private readonly VeoClient _client;

        public PortraitClips(VeoClient client)
        {
            _client = client;
        }

        public Task<CreateTaskResponse> StartAsync(string prompt, CancellationToken cancellationToken)
        {
            var request = new CreateTaskRequest
            {
                Model = VeoModels.Veo31Fast,
                Prompt = prompt,
                AspectRatio = AspectRatio.Portrait9x16,
                Resolution = Resolution.Uhd4k,
                Duration = 8,
                Seed = 42,
            };
            return _client.CreateTaskAsync(request, cancellationToken);
        }
    }
}
