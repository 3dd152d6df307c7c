using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace LeadPlatform.Api.Tests.Processes;

/// <summary>A GraphQL client for a host running as a process (short timeout: a dead host must fail fast).</summary>
public sealed class HostClient : IDisposable
{
    private readonly HttpClient http;

    public HostClient(Uri baseAddress, string key = BuiltHost.AdminKey, TimeSpan? timeout = null)
    {
        http = new HttpClient { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public async Task<GraphResponse> Graph(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphResponse((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    public async Task<int> Status(string path)
    {
        using var response = await http.GetAsync(path);
        return (int)response.StatusCode;
    }

    public void Dispose() => http.Dispose();
}
