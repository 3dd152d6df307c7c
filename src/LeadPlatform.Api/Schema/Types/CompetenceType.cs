using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class CompetenceType : EnumerationGraphType<Competence>
{
    public CompetenceType() => Name = "Competence";
}
