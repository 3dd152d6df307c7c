using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class ConsultancyType : ObjectGraphType<ConsultancyInfo>
{
    public ConsultancyType()
    {
        Name = "Consultancy";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations")
            .ResolveAsync(async c => await EntityReader.All(c.Source.OrganisationIds, c.Reader().Organisation));
        Field<NonNullGraphType<ConnectionType<OrganisationType, EdgeType<OrganisationType>>>>("organisationsConnection")
            .Description("The client organisations, a page at a time (Relay cursor pagination).")
            .PageArguments()
            .ResolveAsync(async c => await Paging.Page(c, c.Source.OrganisationIds, c.Reader().Organisation, c.Guard().CanSee));
        this.AdoptionField(Policies.AggregatesOfConsultancy, c => c.Grains().GetGrain<IAdoptionRollupGrain>(c.Source.Id));
        Field<NonNullGraphType<Clients.ClientComparisonType>>("clientComparison")
            .Description("The clients' adoption side by side, ranked, with the client average: aggregates only, never notes or assessments.")
            .Authorize(Policies.AggregatesOfConsultancy)
            .Argument<IntGraphType>("windowDays", a => a.DefaultValue = Domain.Adoption.AdoptionCalculator.DefaultWindowDays)
            .ResolveAsync(async c => await Clients.ClientComparison.Load(c.Grains(), c.Reader(), c.Source.OrganisationIds,
                AdoptionReportType.Days(c.GetArgument("windowDays", Domain.Adoption.AdoptionCalculator.DefaultWindowDays), "windowDays")));
    }
}
