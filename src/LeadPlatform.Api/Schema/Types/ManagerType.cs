using LeadPlatform.Api.Schema.Adoption;
using GraphQL.Types;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class ManagerType : ObjectGraphType<ManagerInfo>
{
    public ManagerType()
    {
        Name = "Manager";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<TeamType>>("team").ResolveAsync(async c => await c.Reader().Team(c.Source.TeamId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoachingSessionType>>>>("coachingSessions").Authorize(Policies.RecordOfSourceManager)
            .Description("The manager's coaching sessions, oldest first.")
            .ResolveAsync(async c => await c.Grains().ExistingCoachingSessions(await Manager(c).GetCoachingSessionIds()));
        Field<ListGraphType<NonNullGraphType<NudgeType>>>("nudges").Authorize(Policies.OwnFollowUpOfSourceManager)
            .Description("Follow-up reminders standing now (overdue and due-soon actions, 14 days without coaching). Null with a FORBIDDEN error for anyone but the manager.")
            .ResolveAsync(async c => await Manager(c).GetNudges());
        Field<ListGraphType<NonNullGraphType<InteractionType>>>("interactions").Authorize(Policies.OwnFollowUpOfSourceManager)
            .Description("The manager's record of hats with notes, oldest first (sessions count as COACH). Null with a FORBIDDEN error for anyone but the manager.")
            .ResolveAsync(async c => await Manager(c).GetInteractions());
        Field<NonNullGraphType<IntGraphType>>("interactionCount").Authorize(Policies.RecordOfSourceManager)
            .ResolveAsync(async c => (await Manager(c).GetHatSummary()).Interactions);
        Field<FloatGraphType>("coachHatShare").Authorize(Policies.RecordOfSourceManager)
            .Description("COACH interactions / all interactions; null without interactions.")
            .ResolveAsync(async c => (await Manager(c).GetHatSummary()).CoachHatShare);
        Field<FloatGraphType>("styleFitRate").Authorize(Policies.RecordOfSourceManager)
            .Description("Interactions whose hat fitted the style recommended for that employee at that moment / judged interactions; "
                + "null when none could be judged (employees never assessed).")
            .ResolveAsync(async c => (await Manager(c).GetHatSummary()).StyleFitRate);
        Field<NonNullGraphType<BooleanGraphType>>("oneSizeFitsAll").Authorize(Policies.RecordOfSourceManager)
            .Description("True when the manager wears the same hat with reports whose levels call for different styles, and it does not fit them all.")
            .ResolveAsync(async c => (await Manager(c).GetHatSummary()).OneSizeFitsAll);
        this.AdoptionField(Policies.AggregatesOfManager, c => c.Grains().GetGrain<IManagerAdoptionGrain>(c.Source.Id));
    }

    private static IManagerGrain Manager(GraphQL.IResolveFieldContext<ManagerInfo> c) => c.Grains().GetGrain<IManagerGrain>(c.Source.Id);
}
