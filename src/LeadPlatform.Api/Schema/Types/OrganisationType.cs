using GraphQL.Types;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class OrganisationType : ObjectGraphType<OrganisationInfo>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<BooleanGraphType>>("archived").Description("Archived: readable, but its structure no longer changes.").Resolve(c => c.Source.Archived);
        Field<ConsultancyType>("consultancy")
            .Description("The consultancy that manages this client; null for a direct customer. Its consultants and the platform admin read it; the client's own people read managedBy.")
            .ResolveAsync(async c => c.Source.ConsultancyId is { } id ? await c.Reader().Consultancy(id) : null);
        Field<ManagingConsultancyType>("managedBy")
            .Description("Who manages this organisation (id and name), for everyone who may see it; null for a direct customer.")
            .ResolveAsync(async c => c.Source.ConsultancyId is null ? null : await c.Grains().GetGrain<IOrganisationGrain>(c.Source.Id).GetManagingConsultancy());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamType>>>>("teams")
            .ResolveAsync(async c => await EntityReader.All(c.Source.TeamIds, c.Reader().Team));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Programmes.ProgrammeType>>>>("programmes")
            .Description("Recorded leadership programmes, oldest first: for whoever manages the organisation.")
            .Authorize(Policies.AggregatesOfOrganisation(source => ((OrganisationInfo)source).Id))
            .ResolveAsync(async c => await EntityReader.All(c.Source.ProgrammeIds ?? [], c.Reader().Programme));
        this.AdoptionField(Policies.AggregatesOfOrganisation(source => ((OrganisationInfo)source).Id),
            c => c.Grains().GetGrain<IAdoptionRollupGrain>(c.Source.Id));
    }
}
