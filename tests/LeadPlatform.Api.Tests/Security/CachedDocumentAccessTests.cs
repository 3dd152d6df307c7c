using LeadPlatform.Api.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadPlatform.Api.Tests.Security;

/// <summary>
/// A cached document validated with fewer rules (no complexity analysis when its variables cannot change it) is still
/// checked per request for everything that depends on the caller and the data: the tenant, the entity's visibility and
/// each field's policy.
/// </summary>
[Collection(TenantWorldCollection.Name)]
public sealed class CachedDocumentAccessTests(TenantWorld world)
{
    private const string EmployeeWithAdvice =
        "query CachedDocumentAccess($id: ID!) { employee(id: $id) { id name currentRecommendation(task: \"Tickets\") { style } } }";

    [Fact]
    public async Task The_same_cached_query_answers_the_own_manager_and_refuses_a_foreign_one()
    {
        var own = await world.Host.Graph(EmployeeWithAdvice, new { id = world.A.EmployeeId }, world.A.Keys["MANAGER"]);
        Assert.Equal(world.A.EmployeeId, own.Ok().At("employee", "id").GetString());
        Assert.Equal("DELEGATING", own.At("employee", "currentRecommendation", "style").GetString());
        var cached = world.Host.Services.GetRequiredService<ValidatedDocumentCache>().Find(EmployeeWithAdvice, null);
        Assert.False(cached!.ComplexityDependsOnVariables);

        var foreign = await world.Host.Graph(EmployeeWithAdvice, new { id = world.B.EmployeeId }, world.A.Keys["MANAGER"]);
        Assert.Equal("NOT_FOUND", foreign.ErrorCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, foreign.At("employee").ValueKind);
    }

    [Fact]
    public async Task A_field_policy_still_refuses_per_request_on_a_cached_query()
    {
        // The org admin may see the employee but not their personal advice (only their manager may).
        await world.Host.Graph(EmployeeWithAdvice, new { id = world.A.EmployeeId }, world.A.Keys["MANAGER"]);
        var admin = await world.Host.Graph(EmployeeWithAdvice, new { id = world.A.EmployeeId }, world.A.Keys["ORG_ADMIN"]);
        Assert.Equal("FORBIDDEN", admin.ErrorCode);
        Assert.Equal(world.A.EmployeeId, admin.At("employee", "id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, admin.At("employee", "currentRecommendation").ValueKind);
    }
}
