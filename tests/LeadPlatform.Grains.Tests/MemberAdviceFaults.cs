using System.Collections.Concurrent;
using LeadPlatform.Abstractions.Grains;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// The calls between a team and its members about a member's advice: counts the forgets each member sends the team, and
/// holds a member's answer to the team back until released when a test arms it for one employee id (an answer still on
/// its way while the member changes).
/// </summary>
public sealed class MemberAdviceFaults : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, int> forgets = new();
    private volatile string? holdAnswerOf;
    private TaskCompletionSource answerHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many times this employee told its team to forget its copy.</summary>
    public int ForgetsOf(string employeeId) => forgets.GetValueOrDefault(employeeId);

    /// <summary>Holds the next answers of this employee to its team; the returned task completes once one is held.</summary>
    public Task HoldAnswerOf(string employeeId)
    {
        answerHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
        release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        holdAnswerOf = employeeId;
        return answerHeld.Task;
    }

    public void ReleaseAnswers()
    {
        holdAnswerOf = null;
        release.TrySetResult();
    }

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.Grain is ITeamGrain && context.MethodName == nameof(ITeamGrain.ForgetMemberAdvice) && context.Request.GetArgument(0) is string employeeId)
            forgets.AddOrUpdate(employeeId, 1, (_, count) => count + 1);
        return context.Invoke();
    }

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        await context.Invoke();
        if (context.MethodName == nameof(IEmployeeGrain.GetMemberAdvice) && holdAnswerOf is { } held && context.TargetId.Key.ToString() == held)
        {
            answerHeld.TrySetResult();
            await release.Task;
        }
    }
}
