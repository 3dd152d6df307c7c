using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

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
    }
}
