using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Telemetry;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Api.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Clients.AuditLogQuery.AddTo(this);
        TenantDirectoryQueries.AddTo(this);
        Field<NonNullGraphType<PrincipalType>>("me").Authorize(Policies.Anyone).Description("The caller, as the API key says.").Resolve(c => c.Principal());

        Field<NonNullGraphType<StyleRecommendationType>>("recommendStyle").Authorize(Policies.Anyone)
            .Description("The situational-leadership style for one task; a crisis forces DIRECTING.")
            .Argument<NonNullGraphType<CompetenceType>>("competence")
            .Argument<NonNullGraphType<CommitmentType>>("commitment")
            .Argument<BooleanGraphType>("crisis", a => a.DefaultValue = false)
            .Resolve(c =>
            {
                var advice = SituationalLeadershipTable.Recommend(
                    c.GetArgument<Competence>("competence"), c.GetArgument<Commitment>("commitment"), c.GetArgument("crisis", false));
                LeadPlatformTelemetry.RecordRecommendation(advice.Style, advice.CrisisOverride, c.Principal().TenantId);
                return advice;
            });

        Field<NonNullGraphType<QuestionAnalysisType>>("analyseQuestion").Authorize(Policies.Anyone)
            .Description("Open, closed or statement; does it hand over a solution; an open rephrasing when it helps.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<LanguageType>("language", "Detected from the words when omitted.")
            .Resolve(c => QuestionAnalyser.Analyse(Inputs.Sentence(c.GetArgument<string>("text"), "text"), c.GetArgument<Language?>("language")));

        Field<ConsultancyType>("consultancy").Authorize(Policies.ReadById("id")).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Reader().Consultancy(c.GetArgument<string>("id")));
        Field<OrganisationType>("organisation").Authorize(Policies.ReadById("id")).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Reader().Organisation(c.GetArgument<string>("id")));
        Field<TeamType>("team").Authorize(Policies.ReadById("id")).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Reader().Team(c.GetArgument<string>("id")));
        Field<ManagerType>("manager").Authorize(Policies.ReadById("id")).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Reader().Manager(c.GetArgument<string>("id")));
        Field<EmployeeType>("employee").Authorize(Policies.ReadById("id")).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Prefetch().EmployeeReader(c, c.Reader())(c.GetArgument<string>("id")));
        Field<CoachingSessionType>("coachingSession").Authorize(Policies.ReadById("id")).Argument<NonNullGraphType<IdGraphType>>("id")
            .Description("A GROW session: its structure for the organisation's admins, what was said only for its manager and employee.")
            .ResolveAsync(async c => await c.Reader().CoachingSession(c.GetArgument<string>("id")));
        Field<TeamSessionType>("teamSession").Authorize(Policies.ReadById("id")).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Reader().TeamSession(c.GetArgument<string>("id")));
    }
}
