using GraphQL;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema;

/// <summary>
/// When a query asks for employees together with <c>currentRecommendation(task)</c>, each employee is read with its
/// advice in one grain call (instead of a read and a recommendation call each: a 50-employee team was ~100 calls), a
/// team's members all in one call to the team, and the advice is kept for the request, where
/// <c>Employee.currentRecommendation</c> finds it. Reading ahead changes no access rule: the field's policy still
/// decides, per employee, whether the advice is returned.
/// </summary>
public sealed class RecommendationPrefetch
{
    /// <summary>
    /// Guarded by a lock (resolvers of one query may run at once): made for every request, and an empty dictionary costs
    /// nothing until its first entry, where a concurrent one allocated ~0.5 KB up front.
    /// </summary>
    private readonly Dictionary<(string EmployeeId, string Task), StyleAdvice?> advice = [];

    /// <summary>How the employees of field <paramref name="context"/> are read: with their advice when it selects one task's.</summary>
    public Func<string, Task<EmployeeInfo>> EmployeeReader(IResolveFieldContext context, EntityReader reader) =>
        TaskToReadAhead(context) is { } task ? id => Employee(reader, id, task) : reader.Employee;

    /// <summary>The members of a team, all read with their advice in one call when field <paramref name="context"/> selects one task's.</summary>
    public async Task<EmployeeInfo[]> TeamMembers(IResolveFieldContext context, EntityReader reader, TeamInfo team)
    {
        if (TaskToReadAhead(context) is not { } task) return await EntityReader.All(team.EmployeeIds, reader.Employee);
        var members = await reader.TeamMembersWithRecommendation(team.Id, task);
        lock (advice)
        {
            foreach (var member in members) advice[(member.Employee.Id, task)] = member.Advice;
        }
        return [.. members.Select(member => member.Employee)];
    }

    /// <summary>The advice read ahead for this employee and task, if it was.</summary>
    public bool TryGet(string employeeId, string task, out StyleAdvice? found)
    {
        lock (advice) return advice.TryGetValue((employeeId, task), out found);
    }

    private async Task<EmployeeInfo> Employee(EntityReader reader, string id, string task)
    {
        var read = await reader.EmployeeWithRecommendation(id, task);
        lock (advice) advice[(read.Employee.Id, task)] = read.Advice;
        return read.Employee;
    }

    /// <summary>
    /// The task whose advice is read with the employees of this field: in queries only (a mutation request may change an
    /// assessment between two of its fields, so nothing read there is kept), when exactly one task is asked for.
    /// </summary>
    private static string? TaskToReadAhead(IResolveFieldContext context) =>
        context.Operation.Operation == GraphQLParser.AST.OperationType.Query ? TaskSelectedUnder(context) : null;

    /// <summary>The task argument of <c>currentRecommendation</c> under this field, when exactly one task is asked for.</summary>
    private static string? TaskSelectedUnder(IResolveFieldContext context)
    {
        string? task = null;
        foreach (var (field, definition) in context.SubFields?.Values ?? Enumerable.Empty<(GraphQLParser.AST.GraphQLField, GraphQL.Types.FieldType)>())
        {
            if (definition.Name != "currentRecommendation") continue;
            if (context.ExecutionContext.ArgumentValues?.TryGetValue(field, out var arguments) != true
                || !arguments!.TryGetValue("task", out var value) || value.Value is not string selected || (task is not null && task != selected))
                return null;
            task = selected;
        }
        return task;
    }
}
