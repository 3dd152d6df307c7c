using OpenTelemetry.Trace;

namespace LeadPlatform.Host;

/// <summary>
/// Which traces are recorded. Traces only leave the process over OTLP, so without <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> no
/// tracer listens and no activity is created at all (one per request and per grain call cost CPU for nobody: issue 8).
/// With an exporter, a root trace is kept with probability <c>LeadPlatform:Telemetry:TraceSampleRatio</c> (0..1, default
/// 1) and every span follows its parent's decision, so a trace is either complete or absent.
/// </summary>
public sealed record TraceSampling(bool Enabled, double Ratio)
{
    public const string RatioSetting = "LeadPlatform:Telemetry:TraceSampleRatio";

    public static TraceSampling From(IConfiguration configuration)
    {
        var ratio = configuration.GetValue(RatioSetting, 1.0);
        if (double.IsNaN(ratio) || ratio is < 0 or > 1)
            throw new InvalidOperationException($"{RatioSetting} must be between 0 and 1; it is {ratio}.");
        return new TraceSampling(!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]), ratio);
    }

    public Sampler Sampler() => new ParentBasedSampler(new TraceIdRatioBasedSampler(Ratio));
}
