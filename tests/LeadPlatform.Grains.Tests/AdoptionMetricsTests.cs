using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Telemetry;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace LeadPlatform.Grains.Tests;

/// <summary>The LeadPlatform instruments move with real coaching facts, once per fact, with bounded attributes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AdoptionMetricsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Coaching_facts_move_the_instruments_once_each()
    {
        LeadPlatformTelemetry.IncludeTenant = true; // isolates this test's points from other tests' by tenant
        var exported = new List<Metric>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(LeadPlatformTelemetry.Name).AddInMemoryExporter(exported).Build();

        var grains = fixture.Grains;
        var organisation = await grains.GetGrain<IOrganisationGrain>(EntityId.New("org")).Create("Metrics BV", null);
        var team = await grains.GetGrain<IOrganisationGrain>(organisation.Id).AddTeam("T");
        var manager = await grains.GetGrain<ITeamGrain>(team.Id).AddManager("M");
        var adoption = grains.GetGrain<IManagerAdoptionGrain>(manager.Id);
        var now = DateTimeOffset.UtcNow;
        AdoptionEvent[] facts =
        [
            new("s1", AdoptionEventKind.SessionStarted, now),
            new("s1-done", AdoptionEventKind.SessionCompleted, now) { DurationSeconds = 1800 },
            new("q1", AdoptionEventKind.QuestionOpen, now),
            new("q2", AdoptionEventKind.QuestionOpen, now),
            new("q3", AdoptionEventKind.QuestionClosed, now),
            new("i1", AdoptionEventKind.Interaction, now) { Hat = Hat.Coach, StyleFit = true },
            new("a1", AdoptionEventKind.ActionCompleted, now),
            new("as1", AdoptionEventKind.Assessment, now) { DevelopmentLevel = DevelopmentLevel.D1, Style = LeadershipStyle.Directing },
        ];
        foreach (var fact in facts.Concat(facts)) await adoption.Record(fact); // the repeats must not count

        meters.ForceFlush();
        long Sum(string name, params (string Key, string Value)[] tags) => SumOf(exported, organisation.Id, name, tags);

        Assert.Equal(1, Sum("leadplatform.coaching.sessions.started"));
        Assert.Equal(1, Sum("leadplatform.coaching.sessions.completed"));
        Assert.Equal(2, Sum("leadplatform.coaching.questions", ("kind", "open")));
        Assert.Equal(1, Sum("leadplatform.coaching.questions", ("kind", "closed")));
        Assert.Equal(1, Sum("leadplatform.leadership.interactions", ("hat", "coach")));
        Assert.Equal(1, Sum("leadplatform.coaching.actions.completed"));
        Assert.Equal(1, Sum("leadplatform.style.recommendations", ("style", "directing")));
        var duration = exported.Where(m => m.Name == "leadplatform.coaching.session.duration").SelectMany(Points).Single(p => Has(p, "tenant", organisation.Id));
        Assert.Equal(1800, duration.GetHistogramSum());
        Assert.Equal("s", exported.First(m => m.Name == "leadplatform.coaching.session.duration").Unit);
        Assert.All(exported.Where(m => m.Name.StartsWith("leadplatform.")).SelectMany(Points),
            p => Assert.DoesNotContain(Tags(p), t => t.Value?.ToString()?.Contains("mgr-") == true));
    }

    /// <summary>
    /// The same facts made by the grains that make them in production: each moves its instrument once, in the adoption
    /// grain, not also where it happens (the session and manager grains once counted them there too, so every fact added 2).
    /// </summary>
    [Fact]
    public async Task A_coaching_session_through_its_grains_moves_each_instrument_once()
    {
        LeadPlatformTelemetry.IncludeTenant = true;
        var exported = new List<Metric>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(LeadPlatformTelemetry.Name).AddInMemoryExporter(exported).Build();

        var grains = fixture.Grains;
        var world = await CoachingWorld.Build(grains);
        var manager = grains.GetGrain<IManagerGrain>(world.ManagerId);
        var session = grains.GetGrain<ICoachingSessionGrain>((await manager.StartCoachingSession(world.BeginnerId, "Sneller tickets afhandelen", null)).Id);
        await session.RecordQuestion("Wat wil je bereiken?");
        await session.RecordQuestion("Ben je er klaar voor?");
        for (var i = 0; i < 3; i++) await session.Advance(null);
        var action = await session.AddAction("Sjablonen maken", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2), ActionOwner.Employee, null);
        await session.Advance(null);
        await session.CompleteAction(action.Id);
        await manager.LogInteraction(world.BeginnerId, Hat.Manager, null); // the session's start counts as the coach hat
        await Eventually.Until(() => grains.GetGrain<IManagerAdoptionGrain>(world.ManagerId).Report(30),
            f => f.SessionsCompleted == 1 && f.ActionCompletionRate == 1.0 && f.CoachHatShare == 0.5);

        meters.ForceFlush();
        long Sum(string name, params (string Key, string Value)[] tags) => SumOf(exported, world.OrganisationId, name, tags);
        Assert.Equal(1, Sum("leadplatform.coaching.sessions.started"));
        Assert.Equal(1, Sum("leadplatform.coaching.sessions.completed"));
        Assert.Equal(1, Sum("leadplatform.coaching.questions", ("kind", "open")));
        Assert.Equal(1, Sum("leadplatform.coaching.questions", ("kind", "closed")));
        Assert.Equal(1, Sum("leadplatform.coaching.actions.created"));
        Assert.Equal(1, Sum("leadplatform.coaching.actions.completed"));
        Assert.Equal(1, Sum("leadplatform.leadership.interactions", ("hat", "coach")));
        Assert.Equal(1, Sum("leadplatform.leadership.interactions", ("hat", "manager")));
        Assert.Equal(1, exported.Where(m => m.Name == "leadplatform.coaching.session.duration").SelectMany(Points)
            .Where(p => Has(p, "tenant", world.OrganisationId)).Sum(p => p.GetHistogramCount()));
    }

    /// <summary>What the points of one instrument and tenant (and these attributes) add up to.</summary>
    private static long SumOf(List<Metric> exported, string tenant, string name, (string Key, string Value)[] tags) =>
        exported.Where(m => m.Name == name).SelectMany(Points)
            .Where(p => Has(p, "tenant", tenant) && tags.All(t => Has(p, t.Key, t.Value))).Sum(p => p.GetSumLong());

    private static IEnumerable<MetricPoint> Points(Metric metric)
    {
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints()) points.Add(point);
        return points;
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags) tags.Add(tag);
        return tags;
    }

    private static bool Has(MetricPoint point, string key, string value) => Tags(point).Any(t => t.Key == key && Equals(t.Value?.ToString(), value));
}
