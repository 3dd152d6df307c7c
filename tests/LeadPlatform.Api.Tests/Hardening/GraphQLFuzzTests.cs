using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LeadPlatform.Api.Tests.Hardening.Fuzzing;
using LeadPlatform.Api.Tests.Hardening.Schema;
using LeadPlatform.Api.Tests.Hardening.Worlds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace LeadPlatform.Api.Tests.Hardening;

/// <summary>
/// Generated-input fuzzing of the real host (Orleans silo, SQLite store, GraphQL gateway in one process):
/// documents generated from the introspected schema, then mutated (<see cref="RequestFuzzer"/>), sent by every
/// role of one tenant with ids of both tenants. No answer is a 5xx, a hang, an INTERNAL error or a stack trace;
/// the host logs no error; a mutation that was refused changed nothing (the tenant is read back after each);
/// the other tenant, whose ids only ever reach it from callers that may not touch it, is unchanged at the end;
/// and the host is still healthy. Seeded; the count is <c>LEADPLATFORM_FUZZ_REQUESTS</c> (default 10,000) and
/// the seed <c>LEADPLATFORM_FUZZ_SEED</c>.
/// </summary>
public sealed class GraphQLFuzzTests(ITestOutputHelper output)
{
    private static readonly int Requests = int.TryParse(Environment.GetEnvironmentVariable("LEADPLATFORM_FUZZ_REQUESTS"), out var n) ? n : 10_000;
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("LEADPLATFORM_FUZZ_SEED"), out var s) ? s : 20261127;
    private static readonly int Workers = int.TryParse(Environment.GetEnvironmentVariable("LEADPLATFORM_FUZZ_WORKERS"), out var w) ? Math.Max(1, w) : 4;

    /// <summary>The fuzzer's own tenant is replaced after this many requests, so what it reads back after each mutation stays small.</summary>
    private const int RequestsPerTenant = 400;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Ten_thousand_generated_and_mutated_requests_leave_the_host_healthy_and_refused_writes_without_effect()
    {
        var logs = new LogCapture();
        var host = new TestHost(configureServices: services => services.AddSingleton<ILoggerProvider>(logs));
        try
        {
            await Run(host, logs);
        }
        finally
        {
            await host.DisposeAsync();
            host.DeleteData();
        }
    }

    private async Task Run(TestHost host, LogCapture logs)
    {
        var clock = Stopwatch.StartNew();
        var schema = await SchemaModel.LoadAsync(host);
        var victim = await SideIds.Build(host, "victim");
        // Its adoption facts first (the manager, the assessment, the session that counts as a coach-hat talk), or the
        // snapshot below would differ from the later one by facts still on their way.
        await ArrivedAdoption.Of((q, v, k) => host.Graph(q, v, k), victim.AdminKey, "organisation", victim.OrganisationId,
            "managers sessionsStarted coachHatShare developmentLevels { count }", f => f.GetProperty("managers").GetInt64() == 1
                && f.GetProperty("sessionsStarted").GetInt64() == 1 && f.GetProperty("coachHatShare").GetDouble() == 1 && ArrivedAdoption.Assessments(f) == 1);
        var victimBefore = await TenantSnapshot.Take(host, victim) + await Adoption(host, victim);
        using var client = host.CreateClient();
        var logsBefore = logs.Errors.Count();
        var stats = new Stats();

        // Workers run side by side (requests wait on the store's fsyncs, so this uses the cores), each acting as a
        // tenant of its own: its mutations can change only that tenant, so it can tell what each refused one did.
        var perWorker = (Requests + Workers - 1) / Workers;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(() =>
            Worker(host, client, schema, victim, w, w * perWorker, Math.Min(Requests, (w + 1) * perWorker), stats))));

        var victimAfter = await TenantSnapshot.Take(host, victim) + await Adoption(host, victim);
        var ready = await client.GetAsync("/health/ready");
        var me = await host.Graph("{ me { role } }");
        var errors = logs.Errors.Skip(logsBefore).ToList();

        output.WriteLine($"{stats.Sent} requests (seed {Seed}, {Workers} workers) in {clock.Elapsed.TotalSeconds:F1} s; slowest answer {stats.Slowest.TotalMilliseconds:F0} ms");
        output.WriteLine($"slowest: {string.Join("; ", stats.Timed.OrderByDescending(t => t.Took).Take(5).Select(t => $"{t.Took.TotalMilliseconds:F0} ms {t.Request}"))}");
        output.WriteLine($"HTTP statuses: {string.Join(", ", stats.Statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"))}");
        output.WriteLine($"error codes: {string.Join(", ", stats.Codes.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value}"))}");
        output.WriteLine($"operators (count, mean answer time): {string.Join(", ", stats.Operators.OrderBy(p => p.Key).Select(p => $"{p.Key}×{p.Value} {TimeSpan.FromTicks(stats.OperatorTicks[p.Key] / p.Value).TotalMilliseconds:F0} ms"))}");
        output.WriteLine($"mutations: {stats.AcceptedWrites} executed, {stats.RefusedWrites} refused and checked for no effect, {stats.RejectedUpFront} refused before execution (not read back)");
        output.WriteLine($"time in requests {TimeSpan.FromTicks(stats.SendTicks).TotalSeconds:F0} s, reading tenants back {TimeSpan.FromTicks(stats.SnapshotTicks).TotalSeconds:F0} s (summed over workers)");
        output.WriteLine($"host log: {logs.Entries.Count} warnings and errors, {errors.Count} errors");
        foreach (var warning in logs.Entries.GroupBy(e => $"{e.Level} {e.Category}[{e.EventId.Id}]").OrderByDescending(g => g.Count()).Take(15))
            output.WriteLine($"  {warning.Count()}× {warning.Key}: {FuzzRequest.Preview(warning.First().Message, 200)}"
                + (warning.First().Exception is { } e ? $"\n      {FuzzRequest.Preview(e.ToString(), 1500)}" : ""));

        Assert.True(stats.Failures.IsEmpty, string.Join("\n\n", stats.Failures.Take(10)));
        Assert.True(errors.Count == 0, "the host logged errors:\n" + string.Join("\n", errors.Take(10)));
        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Equal("PLATFORM_ADMIN", me.Ok().At("me", "role").GetString());
        Assert.True(victimBefore == victimAfter, "the other tenant changed:\n" + TenantSnapshot.Difference(victimBefore, victimAfter));
        Assert.Equal(Requests, stats.Sent);
        Assert.True(stats.RefusedWrites > Requests / 10, $"only {stats.RefusedWrites} refused mutations were checked");
        Assert.True(stats.AcceptedWrites > Requests / 50, $"only {stats.AcceptedWrites} mutations were executed: the generator makes too few valid requests");
    }

    private sealed class Stats
    {
        public readonly ConcurrentQueue<string> Failures = new();
        public readonly ConcurrentDictionary<int, int> Statuses = new();
        public readonly ConcurrentDictionary<string, int> Codes = new();
        public readonly ConcurrentDictionary<string, int> Operators = new();
        public readonly ConcurrentDictionary<string, long> OperatorTicks = new();
        public readonly ConcurrentBag<(TimeSpan Took, string Request)> Timed = [];
        public int Sent;
        public int RefusedWrites;
        public int AcceptedWrites;
        public int RejectedUpFront;
        public long SendTicks;
        public long SnapshotTicks;
        private long slowestTicks;

        public TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref slowestTicks));

        public void Took(TimeSpan elapsed)
        {
            long seen;
            while (elapsed.Ticks > (seen = Interlocked.Read(ref slowestTicks)) && Interlocked.CompareExchange(ref slowestTicks, elapsed.Ticks, seen) != seen)
            {
            }
        }
    }

    /// <summary>Sends requests <paramref name="from"/> to <paramref name="to"/> (exclusive) as its own tenants, replaced every <see cref="RequestsPerTenant"/>.</summary>
    private static async Task Worker(TestHost host, HttpClient client, SchemaModel schema, SideIds victim, int worker, int from, int to, Stats stats)
    {
        var own = await SideIds.Build(host, $"w{worker} own 0");
        var fuzzer = new RequestFuzzer(schema, own, victim, Seed + worker);
        var baseline = await TenantSnapshot.Take(host, own);
        var recent = new Queue<string>();

        for (var i = from; i < to && stats.Failures.Count < 10; i++)
        {
            if (i > from && (i - from) % RequestsPerTenant == 0)
            {
                own = await SideIds.Build(host, $"w{worker} own {(i - from) / RequestsPerTenant}");
                fuzzer.UseOwnSide(own);
                baseline = await TenantSnapshot.Take(host, own);
            }
            var request = fuzzer.Next(i);
            var started = Stopwatch.StartNew();
            var (status, body) = await Send(client, request);
            stats.Took(started.Elapsed);
            stats.Timed.Add((started.Elapsed, $"#{request.Index} {request.Role} [{string.Join(", ", request.Mutations)}] {request.Body.Length:N0} bytes → {status}"));
            Interlocked.Add(ref stats.SendTicks, started.Elapsed.Ticks);
            Interlocked.Increment(ref stats.Sent);
            stats.Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            foreach (var name in request.Mutations.DefaultIfEmpty("none"))
            {
                stats.Operators.AddOrUpdate(name, 1, (_, n) => n + 1);
                stats.OperatorTicks.AddOrUpdate(name, started.Elapsed.Ticks, (_, n) => n + started.Elapsed.Ticks);
            }

            var answer = Parse(body);
            recent.Enqueue($"#{i} {request.Role} [{string.Join(", ", request.Mutations)}] → {status} {FuzzRequest.Preview(body, 300)}\n      {FuzzRequest.Preview(request.Document, 300)}");
            if (recent.Count > 6) recent.Dequeue();
            foreach (var code in Codes(answer)) stats.Codes.AddOrUpdate(code, 1, (_, n) => n + 1);
            if (Problem(status, body, answer) is { } problem)
            {
                stats.Failures.Enqueue($"{problem}\n  request {request.Describe()}\n  answer  {FuzzRequest.Preview(body, 600)}");
                continue;
            }
            if (!request.MayWrite) continue;
            // Refused before execution (HTTP 4xx, a document error) cannot have run anything; one in ten is still read back.
            if (NotExecutable(status, answer) && i % 10 != 0)
            {
                Interlocked.Increment(ref stats.RejectedUpFront);
                continue;
            }

            var reading = Stopwatch.StartNew();
            var after = await TenantSnapshot.Take(host, own);
            Interlocked.Add(ref stats.SnapshotTicks, reading.Elapsed.Ticks);
            if (Executed(answer, request))
            {
                Interlocked.Increment(ref stats.AcceptedWrites);
            }
            else
            {
                Interlocked.Increment(ref stats.RefusedWrites);
                if (after != baseline)
                    stats.Failures.Enqueue($"a refused mutation changed the tenant:\n{TenantSnapshot.Difference(baseline, after)}\n  request {request.Describe()}\n  answer  {FuzzRequest.Preview(body, 600)}"
                        + "\n  recent requests of this worker:\n    " + string.Join("\n    ", recent));
            }
            baseline = after;
        }
    }

    private static async Task<(int Status, string Body)> Send(HttpClient client, FuzzRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(request.Body) };
        if (request.ContentType.Length > 0) message.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type : null;
        if (request.Authorization is not null) message.Headers.TryAddWithoutValidation("Authorization", request.Authorization);
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            using var response = await client.SendAsync(message, timeout.Token);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (-1, $"no answer within {Patience.TotalSeconds} s");
        }
    }

    private static JsonElement? Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Problem(int status, string body, JsonElement? answer)
    {
        if (status < 0) return "the host hung";
        if (status >= 500) return $"HTTP {status}";
        if (status is not (200 or 400 or 401 or 413)) return $"unexpected HTTP {status}";
        if (answer is null) return "the answer is not JSON";
        if (!answer.Value.TryGetProperty("data", out _) && !answer.Value.TryGetProperty("errors", out _)) return "the answer has neither data nor errors";
        if (Codes(answer).Contains("INTERNAL")) return "an INTERNAL error (an unhandled exception in a resolver)";
        foreach (var marker in new[] { "   at ", " at LeadPlatform.", " at GraphQL.", " at System.", " at Orleans.", "StackTrace" })
            if (body.Contains(marker, StringComparison.Ordinal)) return $"a stack trace in the answer ('{marker.Trim()}')";
        return null;
    }

    /// <summary>Refused before anything could run: an HTTP error, or errors none of which has a path (parse, validation).</summary>
    private static bool NotExecutable(int status, JsonElement? answer)
    {
        if (status != 200) return true;
        if (answer is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array) return false;
        if (root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null) return false;
        return errors.GetArrayLength() > 0 && errors.EnumerateArray().All(e => !e.TryGetProperty("path", out _)) && !Codes(answer).Contains("UNAVAILABLE");
    }

    private static IEnumerable<string> Codes(JsonElement? answer)
    {
        if (answer is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array) yield break;
        foreach (var error in errors.EnumerateArray())
            yield return error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString() ?? "?" : "(none)";
    }

    /// <summary>
    /// Could any root field have run? Yes when a root field has data or an error below it (it resolved, a child failed).
    /// When <c>data</c> is null the answer alone does not tell: one failing non-null root field nulls the whole answer,
    /// even after its siblings ran. So a request counts as refused only when nothing ran for certain: a document
    /// error, or an error on every root field the operation selects.
    /// </summary>
    private static bool Executed(JsonElement? answer, FuzzRequest request)
    {
        if (answer is not { ValueKind: JsonValueKind.Object } root) return false;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Null)) return true;
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array) return true;
        // UNAVAILABLE (a timeout, a store that did not answer) is no refusal: what ran before it is unknown.
        if (Codes(answer).Contains("UNAVAILABLE")) return true;
        var failedRoots = new HashSet<string>();
        foreach (var error in errors.EnumerateArray())
        {
            if (!error.TryGetProperty("path", out var path) || path.GetArrayLength() == 0) return false; // a document error: nothing ran
            if (path.GetArrayLength() > 1) return true;
            failedRoots.Add(path[0].ToString());
        }
        return RootKeys(request) is not { } keys || !keys.IsSubsetOf(failedRoots);
    }

    /// <summary>The response keys of the root fields the request's operation selects; null when that cannot be told (fragments).</summary>
    private static HashSet<string>? RootKeys(FuzzRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Document);
            var operations = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToArray();
            if (operations.Length != 1) return null;
            var keys = new HashSet<string>();
            foreach (var selection in operations[0].SelectionSet.Selections)
            {
                if (selection is not GraphQLParser.AST.GraphQLField field) return null;
                keys.Add((field.Alias?.Name ?? field.Name).StringValue);
            }
            return keys;
        }
        catch (Exception e) when (e is GraphQLParser.Exceptions.GraphQLParserException or NotSupportedException)
        {
            return null;
        }
    }

    private static async Task<string> Adoption(TestHost host, SideIds side) =>
        (await host.Graph("query($o:ID!){ organisation(id:$o){ adoption { managers sessionsStarted sessionsCompleted openQuestionRatio coachHatShare actionCompletionRate } } }",
            new { o = side.OrganisationId })).Raw;
}
