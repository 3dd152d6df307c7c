using GraphQL.Types;

namespace LeadPlatform.Api.Schema.Clients;

/// <summary>Consultancy client lifecycle and onboarding mutations (issue 6), added to the Mutation type.</summary>
internal static class ClientMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
    }
}
