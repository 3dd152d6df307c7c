using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Schema;

public sealed class LeadPlatformSchema : GraphQL.Types.Schema
{
    public LeadPlatformSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
    }
}
