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

        using var client = fixture.Host.CreateClient();
        string text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("leadplatform_style_recommendations"); attempt++)
        {
            text = await client.GetStringAsync("/metrics");
            await Task.Delay(100);
        }

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
}
