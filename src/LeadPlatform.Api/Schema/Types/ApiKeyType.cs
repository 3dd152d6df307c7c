using GraphQL.Types;
using LeadPlatform.Api.Security;

namespace LeadPlatform.Api.Schema.Types;

public sealed class ApiKeyType : ObjectGraphType<IssuedApiKey>
{
    public ApiKeyType()
    {
        Name = "ApiKey";
        Description = "A new API key. The key text is shown only in this response; only its hash is stored.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Use it to revoke the key.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("key").Description("Send as 'Authorization: Bearer <key>'.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<PrincipalType>>("principal").Resolve(c => c.Source.Principal);
    }
}
