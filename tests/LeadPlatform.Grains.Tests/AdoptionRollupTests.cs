using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// A consultancy's client with three managers; every figure is checked against numbers worked out by hand,
/// at manager, team, organisation and consultancy level.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AdoptionRollupTests(ClusterFixture fixture)
{
    private sealed record World(string ConsultancyId, string OrganisationId, string[] TeamIds, string[] ManagerIds);

    private static async Task<World> Build(IGrainFactory grains)
    {
        var consultancyId = EntityId.New("cons");
        await grains.GetGrain<IConsultancyGrain>(consultancyId).Create("Coach & Co");
        var organisation = await grains.GetGrain<IConsultancyGrain>(consultancyId).CreateOrganisation("Client");
        var teams = new List<string>();
        var managers = new List<string>();
        foreach (var name in new[] { "T1", "T2", "T3" })
        {
            var team = await grains.GetGrain<IOrganisationGrain>(organisation.Id).AddTeam(name);
            teams.Add(team.Id);
            managers.Add((await grains.GetGrain<ITeamGrain>(team.Id).AddManager("M " + name)).Id);
        }
        return new World(consultancyId, organisation.Id, [.. teams], [.. managers]);
    }

    private static AdoptionEvent Fact(string id, AdoptionEventKind kind, int daysAgo = 0) => new(id, kind, DateTimeOffset.UtcNow.AddDays(-daysAgo));

    private static AdoptionEvent[] FactsOfManager1() =>
    [
        Fact("m1-s1", AdoptionEventKind.SessionCompleted, 3),
        Fact("m1-s2", AdoptionEventKind.SessionCompleted),
        Fact("m1-q1", AdoptionEventKind.QuestionOpen), Fact("m1-q2", AdoptionEventKind.QuestionOpen),
        Fact("m1-q3", AdoptionEventKind.QuestionOpen), Fact("m1-q4", AdoptionEventKind.QuestionClosed),
        Fact("m1-i1", AdoptionEventKind.Interaction) with { Hat = Hat.Coach, StyleFit = true },
        Fact("m1-i2", AdoptionEventKind.Interaction) with { Hat = Hat.Coach, StyleFit = true },
        Fact("m1-i3", AdoptionEventKind.Interaction) with { Hat = Hat.Manager, StyleFit = false },
        Fact("m1-a1", AdoptionEventKind.ActionCreated), Fact("m1-a2", AdoptionEventKind.ActionCreated),
        Fact("m1-a1-done", AdoptionEventKind.ActionCompleted),
        Fact("m1-as1", AdoptionEventKind.Assessment) with { DevelopmentLevel = DevelopmentLevel.D4, Style = LeadershipStyle.Delegating },
    ];

    private static AdoptionEvent[] FactsOfManager2() =>
    [
        Fact("m2-s1", AdoptionEventKind.SessionCompleted, 40), // outside the 30-day window
        Fact("m2-q1", AdoptionEventKind.QuestionOpen), Fact("m2-q2", AdoptionEventKind.QuestionClosed),
        Fact("m2-i1", AdoptionEventKind.Interaction) with { Hat = Hat.Manager, StyleFit = true },
        Fact("m2-i2", AdoptionEventKind.Interaction) with { Hat = Hat.Coach },
        Fact("m2-a1", AdoptionEventKind.ActionCreated), Fact("m2-a2", AdoptionEventKind.ActionCreated),
    ];

    [Fact]
    public async Task Every_level_reports_the_figures_worked_out_by_hand_and_repeats_count_once()
    {
        var grains = fixture.Grains;
        var world = await Build(grains);
        var manager1 = grains.GetGrain<IManagerAdoptionGrain>(world.ManagerIds[0]);
        var manager2 = grains.GetGrain<IManagerAdoptionGrain>(world.ManagerIds[1]);
        // Every fact delivered twice: a retry must not count again.
        foreach (var fact in FactsOfManager1().Concat(FactsOfManager1())) await manager1.Record(fact);
        foreach (var fact in FactsOfManager2().Concat(FactsOfManager2())) await manager2.Record(fact);

        var m1 = await manager1.Report(30);
        Assert.Equal((1, 1, 1.0, 2), (m1.Managers, m1.ManagersCoaching, m1.AdoptionRate, m1.SessionsCompleted));
        Assert.Equal((0.75, 2 / 3.0, 2 / 3.0, 0.5), (m1.OpenQuestionRatio, m1.CoachHatShare, m1.StyleFitRate, m1.ActionCompletionRate));
        Assert.Equal(1, m1.DevelopmentLevels[DevelopmentLevel.D4]);
        Assert.Equal(1, m1.RecommendedStyles[LeadershipStyle.Delegating]);

        // The manager's facts may go up in more than one batch (sends are paced): wait for all of them.
        static AdoptionFigures Comparable(AdoptionFigures team, AdoptionFigures manager) =>
            team with { DevelopmentLevels = manager.DevelopmentLevels, RecommendedStyles = manager.RecommendedStyles };
        var team1 = await Eventually.Until(() => grains.GetGrain<IAdoptionRollupGrain>(world.TeamIds[0]).Report(30), f => Comparable(f, m1) == m1);
        Assert.Equal(m1, Comparable(team1, m1));

        var m2 = await manager2.Report(30);
        var team2 = await Eventually.Until(() => grains.GetGrain<IAdoptionRollupGrain>(world.TeamIds[1]).Report(30), f => Comparable(f, m2) == m2);
        Assert.Equal((1, 0, 0.0, 0), (team2.Managers, team2.ManagersCoaching, team2.AdoptionRate, team2.SessionsCompleted));
        Assert.Equal((0.5, 0.5, 1.0), (team2.OpenQuestionRatio, team2.CoachHatShare, team2.StyleFitRate));
        Assert.Equal(1, (await grains.GetGrain<IAdoptionRollupGrain>(world.TeamIds[1]).Report(60)).ManagersCoaching);

        foreach (var top in new[] { world.OrganisationId, world.ConsultancyId })
        {
            var figures = await Eventually.Until(() => grains.GetGrain<IAdoptionRollupGrain>(top).Report(30),
                f => f.Managers == 3 && f.ActionCompletionRate == 0.25 && f.CoachHatShare == 0.6);
            Assert.Equal((3, 1, 1 / 3.0, 2), (figures.Managers, figures.ManagersCoaching, figures.AdoptionRate, figures.SessionsCompleted));
            Assert.Equal((4 / 6.0, 0.6, 0.75, 0.25), (figures.OpenQuestionRatio, figures.CoachHatShare, figures.StyleFitRate, figures.ActionCompletionRate));
        }
    }

    [Fact]
    public async Task A_redelivered_delta_is_applied_once()
    {
        var grains = fixture.Grains;
        var team = grains.GetGrain<IAdoptionRollupGrain>($"{EntityId.New("org")}/team-x");
        var delta = new AdoptionDelta("org-y/mgr-z", 1, new() { [DateOnly.FromDateTime(DateTime.UtcNow).DayNumber] = AdoptionVector.Of(AdoptionCounter.SessionsCompleted) }, 1);
        await team.ApplyBatch([delta]);
        await team.ApplyBatch([delta, delta]);
        var figures = await team.Report(30);
        Assert.Equal((1, 1), (figures.Managers, figures.SessionsCompleted));
    }

    [Fact]
    public async Task A_later_session_moves_the_managers_last_completion_so_windows_count_the_manager_once()
    {
        var grains = fixture.Grains;
        var world = await Build(grains);
        var manager = grains.GetGrain<IManagerAdoptionGrain>(world.ManagerIds[2]);
        await manager.Record(Fact("old", AdoptionEventKind.SessionCompleted, 45));
        Assert.Equal(0, (await manager.Report(30)).ManagersCoaching);
        await manager.Record(Fact("new", AdoptionEventKind.SessionCompleted, 1));
        await manager.Record(Fact("older", AdoptionEventKind.SessionCompleted, 60));
        var figures = await manager.Report(90);
        Assert.Equal((1, 3), (figures.ManagersCoaching, figures.SessionsCompleted));
        var trend = await manager.Trend(7);
        Assert.Equal(7, trend.Length);
        Assert.Equal(1, trend[^2].Figures.SessionsCompleted);
    }
}
