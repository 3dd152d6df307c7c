using System.Diagnostics;
using LeadPlatform.Host;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace LeadPlatform.Api.Tests;

/// <summary>Traces are recorded only with an exporter, and then sampled per trace (ParentBased + ratio).</summary>
public sealed class TraceSamplingTests
{
    private static TraceSampling From(params (string Key, string? Value)[] settings) =>
        TraceSampling.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build());

    [Fact]
    public void Without_an_exporter_nothing_is_traced()
    {
        Assert.False(From().Enabled);
        Assert.False(From(("OTEL_EXPORTER_OTLP_ENDPOINT", "")).Enabled);
    }

    [Fact]
    public void With_an_exporter_every_trace_is_kept_unless_a_ratio_is_set()
    {
        var sampling = From(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"));
        Assert.True(sampling.Enabled);
        Assert.Equal(1.0, sampling.Ratio);
        Assert.Equal(0.25, From(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317"), (TraceSampling.RatioSetting, "0.25")).Ratio);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.5")]
    public void A_ratio_outside_zero_to_one_is_refused_at_start(string ratio) =>
        Assert.Throws<InvalidOperationException>(() => From((TraceSampling.RatioSetting, ratio)));

    [Fact]
    public void Spans_follow_their_parent_so_a_trace_is_complete_or_absent()
    {
        var sampler = new TraceSampling(true, 0).Sampler();
        var sampledParent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        var droppedParent = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.None);

        Assert.Equal(SamplingDecision.Drop, sampler.ShouldSample(Root()).Decision); // ratio 0: no new trace
        Assert.Equal(SamplingDecision.RecordAndSample, sampler.ShouldSample(Child(sampledParent)).Decision);
        Assert.Equal(SamplingDecision.Drop, new TraceSampling(true, 1).Sampler().ShouldSample(Child(droppedParent)).Decision);
        Assert.Equal(SamplingDecision.RecordAndSample, new TraceSampling(true, 1).Sampler().ShouldSample(Root()).Decision);
    }

    private static SamplingParameters Root() => new(default, ActivityTraceId.CreateRandom(), "graphql request", ActivityKind.Server);

    private static SamplingParameters Child(ActivityContext parent) => new(parent, parent.TraceId, "grain call", ActivityKind.Client);
}
