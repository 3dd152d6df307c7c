using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadPlatform.Soak;

/// <summary>The outcome of one request: its data, or the error code ("HTTP500", "TIMEOUT", "CONNECTION" for transport failures).</summary>
public sealed record SoakAnswer(JsonNode? Data, string? Error);

/// <summary>A GraphQL client for the soak: one connection pool, per-request key, errors as codes (never thrown).</summary>
public sealed class SoakClient(Uri url) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = url,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<SoakAnswer> Graph(string key, string query, object? variables = null)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await http.SendAsync(request);
            if ((int)response.StatusCode >= 500) return new SoakAnswer(null, $"HTTP{(int)response.StatusCode}");
            var root = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            if (root?["errors"] is JsonArray { Count: > 0 } errors)
                return new SoakAnswer(root["data"], errors[0]?["extensions"]?["code"]?.GetValue<string>() ?? "ERROR");
            return new SoakAnswer(root?["data"], null);
        }
        catch (TaskCanceledException)
        {
            return new SoakAnswer(null, "TIMEOUT");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or JsonException)
        {
            return new SoakAnswer(null, "CONNECTION");
        }
    }

    /// <summary>Like <see cref="Graph"/>, but an error is an exception (for seeding, which must succeed).</summary>
    public async Task<JsonNode> Must(string key, string query, object? variables = null)
    {
        var answer = await Graph(key, query, variables);
        return answer.Error is null && answer.Data is not null
            ? answer.Data
            : throw new InvalidOperationException($"{answer.Error} for {query}");
    }

    public async Task<bool> Ready()
    {
        try
        {
            using var response = await http.GetAsync("health/ready");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => http.Dispose();
}
