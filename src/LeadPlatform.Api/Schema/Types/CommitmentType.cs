using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class CommitmentType : EnumerationGraphType<Commitment>
{
    public CommitmentType() => Name = "Commitment";
}
