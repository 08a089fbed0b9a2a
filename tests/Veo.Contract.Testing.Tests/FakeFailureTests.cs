using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Veo.Contract.Testing.Tests.Support;

namespace Veo.Contract.Testing.Tests;

/// <summary>A failure inside the fake itself still answers in the spec's error shape: a 500 that names what broke.</summary>
public sealed class FakeFailureTests
{
    [Fact]
    public async Task A_failure_inside_the_fake_is_a_500_in_the_error_shape()
    {
        var clock = new BreakableClock(FakeApi.Start);
        await using var api = new FakeApi(options => options.TimeProvider = clock);
        var id = await api.CreateExampleAsync();
        clock.Broken = true;

        var response = await api.GetAsync(id);

        ErrorBodyAssert.Valid(response, HttpStatusCode.InternalServerError, "internal_error");
        Assert.Equal("The fake server failed: InvalidOperationException: the clock broke (test).", response.ErrorMessage);
    }

    [Fact]
    public async Task The_fake_answers_again_once_the_failure_is_gone()
    {
        var clock = new BreakableClock(FakeApi.Start) { Broken = true };
        await using var api = new FakeApi(options => options.TimeProvider = clock);
        Assert.Equal(HttpStatusCode.InternalServerError, (await api.CreateAsync(Requests.Minimal)).Status);

        clock.Broken = false;

        Assert.Equal(HttpStatusCode.OK, (await api.CreateAsync(Requests.Minimal)).Status);
    }

    /// <summary>A fake clock that throws while <see cref="Broken"/>, standing in for any bug behind a request.</summary>
    private sealed class BreakableClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        public bool Broken { get; set; }

        public override DateTimeOffset GetUtcNow()
            => Broken ? throw new InvalidOperationException("the clock broke (test).") : base.GetUtcNow();
    }
}
