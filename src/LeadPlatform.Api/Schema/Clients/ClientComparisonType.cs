using GraphQL.Types;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Clients;

public sealed class ClientComparisonType : ObjectGraphType<ClientComparison>
{
    public ClientComparisonType()
    {
        Name = "ClientComparison";
        Description = "Each client's adoption side by side, ranked by adoption rate, with the average over clients: each rate's over the clients that have what it divides by (a client without managers, or without questions asked, is left out of that average). Aggregates only.";
        Field<NonNullGraphType<IntGraphType>>("windowDays").Resolve(c => c.Source.WindowDays);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClientAdoptionType>>>>("clients").Resolve(c => c.Source.Clients);
        Field<NonNullGraphType<FloatGraphType>>("averageAdoptionRate").Resolve(c => c.Source.Average(AdoptionRatio.Adoption));
        Field<NonNullGraphType<FloatGraphType>>("averageOpenQuestionRatio").Resolve(c => c.Source.Average(AdoptionRatio.OpenQuestions));
        Field<NonNullGraphType<FloatGraphType>>("averageCoachHatShare").Resolve(c => c.Source.Average(AdoptionRatio.CoachHat));
        Field<NonNullGraphType<FloatGraphType>>("averageStyleFitRate").Resolve(c => c.Source.Average(AdoptionRatio.StyleFit));
        Field<NonNullGraphType<FloatGraphType>>("averageActionCompletionRate").Resolve(c => c.Source.Average(AdoptionRatio.ActionCompletion));
    }
}

public sealed class ClientAdoptionType : ObjectGraphType<ClientAdoption>
{
    public ClientAdoptionType()
    {
        Name = "ClientAdoption";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 = highest adoption rate (then most sessions completed); clients equal on both share a rank.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Source.Organisation);
        Field<NonNullGraphType<AdoptionReportType>>("adoption").Resolve(c => c.Source.Adoption);
        Field<Programmes.ProgrammeType>("programme")
            .Description("The client's latest programme (its comparison shows adoption before and after training, per track); null without one.")
            .ResolveAsync(async c => c.Source.Organisation.ProgrammeIds is [.., var latest] ? await c.Reader().Programme(latest) : null);
    }
}
