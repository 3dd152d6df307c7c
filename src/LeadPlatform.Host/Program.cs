using LeadPlatform.Api;
using LeadPlatform.Host;

var builder = WebApplication.CreateBuilder(args);
var settings = builder.Configuration.GetSection(LeadPlatformSettings.Section).Get<LeadPlatformSettings>() ?? new();
builder.Services.Configure<LeadPlatformSettings>(builder.Configuration.GetSection(LeadPlatformSettings.Section));

// The contract's default address, unless ASPNETCORE_URLS / --urls says otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5080");

var servesApi = settings.Role != HostRole.Silo;
if (settings.Role == HostRole.Gateway)
    builder.UseOrleansClient(client => ClientConfiguration.Configure(client, settings, TraceSampling.From(builder.Configuration).Enabled));
else
    builder.UseOrleans(silo => SiloConfiguration.Configure(silo, settings, builder.Configuration));

builder.Services.AddSingleton(TimeProvider.System);
if (servesApi)
{
    builder.Services.AddLeadPlatformApi(builder.Configuration);
    // Registered after UseOrleans, so they start once the silo (or client) is up.
    builder.Services.AddHostedService<AdminKeyBootstrap>();
    builder.Services.AddHostedService<DemoSeeder>();
}
builder.AddLeadPlatformTelemetry();
builder.Services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);

var app = builder.Build();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
app.MapPrometheusScrapingEndpoint("/metrics");
if (servesApi)
{
    app.MapLeadPlatformGraphQL();
    app.MapLeadPlatformDeveloperEndpoints();
}
app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
