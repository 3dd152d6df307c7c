using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadPlatform.Benchmarks.Load;

/// <summary>A small GraphQL-over-HTTP client for seeding: one shared connection pool, errors thrown with the query.</summary>
public sealed class GraphClient : IDisposable
{
    private readonly HttpClient http;

    public GraphClient(Uri baseAddress, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
        };
        http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Runs one operation with the given key and returns its <c>data</c>; GraphQL errors are thrown.</summary>
    public async Task<JsonNode> Run(string key, string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                var root = JsonNode.Parse(text) ?? throw new InvalidOperationException($"Empty answer to {query}");
                if (root["errors"] is JsonArray { Count: > 0 } errors)
                {
                    var code = errors[0]?["extensions"]?["code"]?.GetValue<string>();
                    // UNAVAILABLE (a timeout under load) is worth one more try; anything else is a seeding bug.
                    if (code == "UNAVAILABLE" && attempt < 3) continue;
                    throw new InvalidOperationException($"GraphQL error {code}: {errors.ToJsonString()} for {query} {JsonSerializer.Serialize(variables)}");
                }
                return root["data"] ?? throw new InvalidOperationException($"No data for {query}: {text}");
            }
            catch (HttpRequestException) when (attempt < 3)
            {
                await Task.Delay(200 * attempt, cancellationToken);
            }
        }
    }

    /// <summary>The host's SDL (<c>GET /graphql/schema.graphql</c>), or null when it does not serve it.</summary>
    public async Task<string?> Schema(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("graphql/schema.graphql", cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(cancellationToken) : null;
    }

    public async Task<HttpStatusCode> Get(string path, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return response.StatusCode;
    }

    public void Dispose() => http.Dispose();
}
