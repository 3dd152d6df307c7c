using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class ManagingConsultancyType : ObjectGraphType<ManagingConsultancy>
{
    public ManagingConsultancyType()
    {
        Name = "ManagingConsultancy";
        Description = "Who manages an organisation, as its own people see it: the consultancy's id and name only.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
    }
}
