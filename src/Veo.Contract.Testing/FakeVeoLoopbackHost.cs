using System;
using System.IO.Pipelines;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Veo.Contract.Testing.Core;
using Veo.Contract.Testing.Protocol;

namespace Veo.Contract.Testing;

/// <summary>The loopback host: a bare Kestrel server (no logging, no routing) in front of the fake's core.</summary>
internal sealed class FakeVeoLoopbackHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeVeoLoopbackHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the server listens on, ending in '/', with the real port when port 0 was asked for.</summary>
    public Uri Address { get; }

    public static async Task<FakeVeoLoopbackHost> StartAsync(FakeVeoRequestProcessor processor, string url, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Use(next => connection => WithJsonRejections(next, connection, kestrel.Limits)));
        });
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.Run(context => HandleAsync(processor, context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault() ?? url;
        return new FakeVeoLoopbackHost(app, new Uri(first.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    // Kestrel answers malformed requests itself with an empty body; this gives those answers the error shape too.
    private static async Task WithJsonRejections(ConnectionDelegate next, ConnectionContext connection, KestrelServerLimits limits)
    {
        var transport = connection.Transport;
        var output = new KestrelRejectionStream(
            transport.Output.AsStream(),
            limits.MaxRequestLineSize,
            limits.MaxRequestHeadersTotalSize,
            limits.MaxRequestHeaderCount);
        connection.Transport = new TransportPipe(transport.Input, PipeWriter.Create(output));
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            connection.Transport = transport;
        }
    }

    private static async Task HandleAsync(FakeVeoRequestProcessor processor, HttpContext context)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var fakeRequest = new FakeRequest(
            request.Method,
            request.Path.Value is { Length: > 0 } path ? path : "/",
            ArrivalAddress(context),
            authorization.Length == 0 ? null : authorization,
            request.ContentLength,
            request.Body);

        var response = await processor.ProcessAsync(fakeRequest, context.RequestAborted).ConfigureAwait(false);
        if (response.DropConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        foreach (var header in response.Headers)
        {
            context.Response.Headers.Append(header.Key, header.Value);
        }

        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        context.Response.ContentLength = response.Body.Length;
        if (response.SendBody)
        {
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The local address and port the connection came in on: the listening address, never the Host header.</summary>
    private static Uri ArrivalAddress(HttpContext context)
    {
        var connection = context.Connection;
        var ip = connection.LocalIpAddress ?? IPAddress.Loopback;
        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        return new UriBuilder(context.Request.Scheme, ip.ToString(), connection.LocalPort, "/").Uri;
    }
}
