using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Veo.Contract.Lifecycle.Tests.Support;
using Xunit;

namespace Veo.Contract.Lifecycle.Tests.Pipeline;

/// <summary>
/// Through either construction path, a create is sent again only when the service provably created nothing; after any
/// failure that may have created (and billed) a task, it is sent once and the failure is typed.
/// </summary>
public class CreateRetryTests
{
    [Theory]
    [InlineData(ClientPath.Plain)]
    [InlineData(ClientPath.Injected)]
    public async Task A_create_answered_500_is_sent_once(string path)
    {
        var server = new FuncHandler(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError)
        {
            Content = new StringContent(TaskJson.Error("internal_error", "Oops."), Encoding.UTF8, "application/json"),
        });
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;

        CapturedText.Exception(await Assert.ThrowsAsync<VeoServerException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(ClientPath.Plain)]
    [InlineData(ClientPath.Injected)]
    public async Task A_create_whose_connection_broke_after_sending_is_sent_once(string path)
    {
        var server = new FuncHandler(_ => throw new HttpRequestException("The response ended prematurely.", new IOException("Connection reset by peer")));
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;

        var error = CapturedText.Exception(await Assert.ThrowsAsync<VeoConnectionException>(() => client.CreateTaskAsync(Clients.VendorExample())));

        Assert.Single(server.Requests);
        Assert.Contains("a task may have been created (and billed)", error.Message);
    }

    [Theory]
    [InlineData(ClientPath.Plain)]
    [InlineData(ClientPath.Injected)]
    public async Task A_create_whose_connection_was_refused_is_sent_again(string path)
    {
        var attempts = 0;
        var server = new FuncHandler(_ => ++attempts == 1
            ? throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TaskJson.Created, Encoding.UTF8, "application/json") });
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;

        var created = await client.CreateTaskAsync(Clients.VendorExample());

        Assert.Equal(TaskJson.TaskId, created.TaskId);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(ClientPath.Plain, SocketError.TryAgain)]
    [InlineData(ClientPath.Injected, SocketError.TryAgain)]
    [InlineData(ClientPath.Plain, SocketError.NoData)]
    [InlineData(ClientPath.Injected, SocketError.NoData)]
    public async Task A_create_whose_host_name_did_not_resolve_is_sent_again(string path, SocketError dns)
    {
        // On Linux a DNS server that does not answer is SocketError.TryAgain, "Resource temporarily unavailable".
        var attempts = 0;
        var server = new FuncHandler(_ => ++attempts == 1
            ? throw new HttpRequestException("Resource temporarily unavailable (veo.stub.test:443)", new SocketException((int)dns))
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TaskJson.Created, Encoding.UTF8, "application/json") });
        var (client, owner) = ClientPath.Build(path, server);
        using var _ = owner;

        var created = await client.CreateTaskAsync(Clients.VendorExample());

        Assert.Equal(TaskJson.TaskId, created.TaskId);
        Assert.Equal(2, server.Requests.Count);
    }
}
