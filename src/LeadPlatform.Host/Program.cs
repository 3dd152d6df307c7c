using LeadPlatform.Api;
using LeadPlatform.Host;

ConfigurationFilePolling.Enable();
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
// Read by the silos' key-change hub (the lease) and by the gateways' key cache, so bound for every role.
builder.Services.AddOptions<LeadPlatform.Abstractions.Security.ApiKeyCacheOptions>()
    .Bind(builder.Configuration.GetSection("LeadPlatform:ApiKeyCache"))
    .Validate(o => o.RenewInterval > TimeSpan.Zero && o.RenewInterval < o.LeaseDuration && o.LeaseDuration <= TimeSpan.FromSeconds(20)
        && o.MaxEntries > 0 && o.MaxEntryAge > TimeSpan.Zero,
        "LeadPlatform:ApiKeyCache: RenewInterval must be positive and shorter than LeaseDuration, LeaseDuration at most 20 s "
        + "(revocations wait up to one lease inside a 30 s Orleans call), MaxEntries and MaxEntryAge positive.")
    .ValidateOnStart();
if (servesApi)
{
    builder.Services.AddLeadPlatformApi(builder.Configuration);
    // Registered after UseOrleans, so they start once the silo (or client) is up.
    builder.Services.AddHostedService<AdminKeyBootstrap>();
    builder.Services.AddHostedService<DemoSeeder>();
}
if (builder.Configuration.GetValue(YoungGenerationWatch.EnabledKey, true)) builder.Services.AddHostedService<YoungGenerationWatch>();
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
