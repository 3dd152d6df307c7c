namespace LeadPlatform.Api.Tests;

[Collection(HostCollection.Name)]
public sealed class MetricsEndpointTests(HostFixture fixture)
{
    [Fact]
    public async Task Metrics_show_the_LeadPlatform_and_Orleans_instruments_after_real_traffic()
    {
        (await fixture.Host.Graph("{ recommendStyle(competence: HIGH, commitment: HIGH, crisis: true){ style } }")).Ok();
        var structure = await Scenario.CreateOrganisationWithTeam(fixture.Host, "Metrics BV");
        (await fixture.Host.Graph("mutation($e:ID!){ assessEmployee(employeeId:$e, task:\"x\", competence: LOW, commitment: HIGH){ task } }",
            new { e = structure.EmployeeId })).Ok();

        var text = await ScrapeUntil("leadplatform_style_recommendations");

        Assert.Contains("leadplatform_style_recommendations_total{", text);
        Assert.Contains("crisis=\"true\"", text);
        Assert.Contains("style=\"directing\"", text);
        Assert.Contains("orleans_", text);
        // The runtime's own meter: what an operator looks at first when latency moves.
        Assert.Contains("dotnet_gc_collections_total{", text);
        Assert.Contains("dotnet_gc_pause_time_seconds_total{", text);
        Assert.Contains("dotnet_thread_pool_queue_length_total{", text);
        Assert.DoesNotContain("emp-", text);
    }

    [Fact]
    public async Task Metrics_leave_out_routings_match_attempts_and_keep_the_documented_instruments()
    {
        (await fixture.Host.Graph("{ recommendStyle(competence: LOW, commitment: LOW){ style } }")).Ok();
        var text = await ScrapeUntil("http_server_request_duration_seconds");

        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
        Assert.Contains("orleans_app_requests_latency_milliseconds_bucket{", text);
        Assert.Contains("orleans_messaging_processing_dispatcher_received_total", text);
        // Routing runs in the test server too, so this fails without the view (Kestrel's block pool does not: no Kestrel here).
        Assert.DoesNotContain("aspnetcore_routing_match_attempts", text);
    }

    /// <summary>The scraped metrics once they show <paramref name="series"/> (the exporter collects asynchronously); up to 5 s.</summary>
    private async Task<string> ScrapeUntil(string series)
    {
        using var client = fixture.Host.CreateClient();
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains(series); attempt++)
        {
            text = await client.GetStringAsync("/metrics");
            await Task.Delay(100);
        }
        return text;
    }
}
