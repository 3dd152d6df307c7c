using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// The real host (Orleans silo, SQLite store, GraphQL gateway) in-process via WebApplicationFactory,
/// on its own data folder and Orleans ports.
/// </summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    private readonly Dictionary<string, string?> settings;
    private readonly string environment;
    private readonly Action<IServiceCollection>? configureServices;

    public TestHost(string? dataDirectory = null, IDictionary<string, string?>? extra = null,
        string environment = "Development", Action<IServiceCollection>? configureServices = null)
    {
        this.environment = environment;
        this.configureServices = configureServices;
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "leadplatform-api-tests", Guid.NewGuid().ToString("N"));
        settings = new()
        {
            ["LeadPlatform:DataDirectory"] = DataDirectory,
            ["LeadPlatform:AdminApiKey"] = AdminKey,
            ["LeadPlatform:Orleans:SiloPort"] = FreePort.Next().ToString(),
            ["LeadPlatform:Orleans:GatewayPort"] = FreePort.Next().ToString(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.UseEnvironment(environment);
        if (configureServices is not null) builder.ConfigureServices(configureServices);
    }

    /// <summary>Posts a raw body to /graphql with the admin key.</summary>
    public async Task<(int Status, string Body)> PostRaw(string body, string contentType = "application/json")
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await client.PostAsync("/graphql", new StringContent(body, System.Text.Encoding.UTF8, contentType));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a GraphQL request with the given key (admin by default; null sends none).</summary>
    public async Task<GraphResponse> Graph(string query, object? variables = null, string? key = AdminKey)
    {
        using var client = CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphResponse((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    public void DeleteData()
    {
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}
