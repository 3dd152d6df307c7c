using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Grains.Tests;

/// <summary>
/// Faults on the calls between a team and one member about the member's advice, armed by a test for one employee id
/// (inactive otherwise): the member's hand-over to the team is refused, or the member's answer to the team is held
/// back until released (an answer still on its way while the member changes).
/// </summary>
public sealed class MemberAdviceFaults : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
{
    private volatile string? refuseHandOverOf;
    private volatile string? holdAnswerOf;
    private TaskCompletionSource answerHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void RefuseHandOverOf(string? employeeId) => refuseHandOverOf = employeeId;

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

    public Task Invoke(IIncomingGrainCallContext context) =>
        context.Grain is ITeamGrain && context.MethodName == nameof(ITeamGrain.RememberMemberAdvice)
        && refuseHandOverOf is { } refused && context.Request.GetArgument(0) is MemberAdvice advice && advice.Employee.Id == refused
            ? throw new TimeoutException("Hand-over refused by the test.")
            : context.Invoke();

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
