using GraphQL.Types;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Api.Schema.Types;

namespace LeadPlatform.Api.Schema.Clients;

public sealed class ClientComparisonType : ObjectGraphType<ClientComparison>
{
    public ClientComparisonType()
    {
        Name = "ClientComparison";
        Description = "Each client's adoption side by side, ranked by adoption rate, with the average over clients. Aggregates only.";
        Field<NonNullGraphType<IntGraphType>>("windowDays").Resolve(c => c.Source.WindowDays);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientAdoptionType>>>>("clients").Resolve(c => c.Source.Clients);
        Field<NonNullGraphType<FloatGraphType>>("averageAdoptionRate").Resolve(c => c.Source.Average(f => f.AdoptionRate));
        Field<NonNullGraphType<FloatGraphType>>("averageOpenQuestionRatio").Resolve(c => c.Source.Average(f => f.OpenQuestionRatio));
        Field<NonNullGraphType<FloatGraphType>>("averageCoachHatShare").Resolve(c => c.Source.Average(f => f.CoachHatShare));
        Field<NonNullGraphType<FloatGraphType>>("averageStyleFitRate").Resolve(c => c.Source.Average(f => f.StyleFitRate));
        Field<NonNullGraphType<FloatGraphType>>("averageActionCompletionRate").Resolve(c => c.Source.Average(f => f.ActionCompletionRate));
    }
}

public sealed class ClientAdoptionType : ObjectGraphType<ClientAdoption>
{
    public ClientAdoptionType()
    {
        Name = "ClientAdoption";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 = highest adoption rate.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Source.Organisation);
        Field<NonNullGraphType<AdoptionReportType>>("adoption").Resolve(c => c.Source.Adoption);
        Field<Programmes.ProgrammeType>("programme")
            .Description("The client's latest programme (its comparison shows adoption before and after training, per track); null without one.")
            .ResolveAsync(async c => c.Source.Organisation.ProgrammeIds is [.., var latest] ? await c.Reader().Programme(latest) : null);
    }
}
