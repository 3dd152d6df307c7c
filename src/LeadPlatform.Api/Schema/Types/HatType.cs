using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class HatType : EnumerationGraphType<Hat>
{
    public HatType() => Name = "Hat";
}
