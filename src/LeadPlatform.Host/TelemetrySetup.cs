using System.Diagnostics.Metrics;
using LeadPlatform.Abstractions.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LeadPlatform.Host;

/// <summary>
/// OpenTelemetry: the LeadPlatform meter and activity source plus Orleans' and ASP.NET Core's, scraped by
/// Prometheus at <c>/metrics</c>, and exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Traces are
/// recorded only then, sampled as <see cref="TraceSampling"/> says.
/// </summary>
internal static class TelemetrySetup
{
    public static void AddLeadPlatformTelemetry(this WebApplicationBuilder builder)
    {
        LeadPlatformTelemetry.IncludeTenant = builder.Configuration.GetValue("LeadPlatform:Telemetry:IncludeTenant", false);
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var sampling = TraceSampling.From(builder.Configuration);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("leadplatform"))
            .WithMetrics(metrics =>
            {
                // System.Runtime: the runtime's own meter (GC collections and pause time, heap, thread pool, CPU), for the
                // questions an operator asks first when latency moves; read only when scraped.
                metrics.AddMeter(LeadPlatformTelemetry.Name, "Microsoft.Orleans", "System.Runtime").AddAspNetCoreInstrumentation().AddPrometheusExporter();
                // Left out: instruments nobody reads, and other hosts' in the same process (their meter factory is not ours).
                ((IDeferredMeterProviderBuilder)metrics).Configure((services, builder) =>
                {
                    var ownFactory = services.GetRequiredService<IMeterFactory>();
                    builder.AddView(instrument =>
                        UnexportedInstruments.Contains(instrument) || OtherHostsInstruments.Contains(instrument, ownFactory) ? MetricStreamConfiguration.Drop : null);
                });
                // Coaching sessions last minutes to hours: buckets that make their quantiles meaningful.
                metrics.AddView(LeadPlatformTelemetry.SessionDuration.Name,
                    new ExplicitBucketHistogramConfiguration { Boundaries = [60, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200, 14400] });
                if (otlp) metrics.AddOtlpExporter();
            });
        if (!sampling.Enabled) return;
        telemetry.WithTracing(tracing => tracing
            .SetSampler(sampling.Sampler())
            .AddSource(LeadPlatformTelemetry.Name, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
            .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
            .AddOtlpExporter());
    }
}
