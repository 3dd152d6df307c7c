using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Coaching.Feedback;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains.Coaching;

public sealed class CoachingSessionGrain(
    [PersistentState("session")] IPersistentState<CoachingSessionState> state,
    TimeProvider time,
    ILogger<CoachingSessionGrain> logger) : Grain, ICoachingSessionGrain
{
    private string Id => this.GetPrimaryKeyString();
    private CoachingSessionState Session => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Facts saved by an activation that died before handing them on (a killed silo) go out now.
        if (state.RecordExists && Session.PendingAdoption.Count > 0)
            AdoptionOutbox.DeliverSoon(this, GrainFactory, () => Session.ManagerId, () => Session.PendingAdoption, () => state.WriteStateAsync(), logger);
        return Task.CompletedTask;
    }

    public async Task<CoachingSessionInfo> Start(string managerId, string employeeId, string goal, Language? language)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Coaching session '{Id}' already exists.");
        var validGoal = Require.Text(goal, "goal");
        var now = time.GetUtcNow();
        state.State = new CoachingSessionState
        {
            ManagerId = managerId,
            EmployeeId = employeeId,
            Goal = validGoal,
            // The goal is the manager's first sentence: it tells the language the conversation is held in.
            Language = language ?? QuestionAnalyser.Analyse(validGoal).Language,
            Stage = GrowStage.Goal,
            StartedAt = now,
        };
        // The instruments move where the fact is counted (AdoptionMetrics, in the manager's adoption grain), not here as well.
        await SaveWith(new AdoptionEvent($"{Id}:started", AdoptionEventKind.SessionStarted, now));
        return Info();
    }

    public Task<CoachingSessionInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<QuestionAnalysis> RecordQuestion(string text, string? idempotencyKey = null)
    {
        EnsureExists();
        var question = Require.Text(text, "text");
        var requestId = CreatedIds.RequestId(EntityKinds.Question, Id, idempotencyKey);
        // A retry is answered before the stage rules: the session may have moved on since the first attempt recorded it.
        if (KeyedRetry.Find(requestId, Session.Questions, q => q.RequestId, q => q.Text == question, $"question '{requestId}'", "text") is { } recorded)
            return recorded.Analysis;
        if (GrowSessionRules.QuestionRefusal(Session.Stage, Session.Questions.Count, Session.Actions.Count) is { } refusal)
            throw PlatformException.Conflict(refusal);
        var now = NextMoment();
        var analysis = QuestionAnalyser.Analyse(question, Session.Language);
        Session.Questions.Add(new RecordedQuestion(question, Session.Stage, now, analysis, requestId));
        var kind = analysis.Kind switch
        {
            QuestionKind.Open => AdoptionEventKind.QuestionOpen,
            QuestionKind.Closed => AdoptionEventKind.QuestionClosed,
            _ => (AdoptionEventKind?)null, // a statement asks nothing: no question to count
        };
        await SaveWith(kind is { } counted ? new AdoptionEvent($"{Id}:question-{Session.Questions.Count}", counted, now) : null);
        return analysis;
    }

    public async Task<CoachingSessionInfo> AddNote(string notes, string? idempotencyKey = null)
    {
        EnsureExists();
        var text = Require.Text(notes, "notes");
        var requestId = CreatedIds.RequestId(EntityKinds.Note, Id, idempotencyKey);
        // A retry is answered before the stage rules: the session may have moved on since the first attempt kept the note.
        if (KeyedRetry.Find(requestId, Session.Notes, n => n.RequestId, n => n.Text == text, $"note '{requestId}'", "notes") is not null)
            return Info();
        AddNoteForCurrentStage(text, requestId);
        await SaveWith(null);
        return Info();
    }

    public async Task<CoachingSessionInfo> Advance(string? notes, GrowStage? from = null)
    {
        EnsureExists();
        var text = string.IsNullOrWhiteSpace(notes) ? null : Require.Text(notes, "notes");
        var stage = Session.Stage;
        if (from is { } named)
        {
            var (move, refusal) = GrowSessionRules.AdvanceFrom(stage, named, Session.Actions.Count);
            if (refusal is not null) throw PlatformException.Conflict(refusal);
            if (!move) return Info();
        }
        var advance = GrowStageMachine.Advance(stage, Session.Actions.Count);
        if (!advance.Allowed) throw PlatformException.Conflict($"{advance.Refusal} {GrowSessionRules.AllowedNow(stage, Session.Actions.Count)}");

        if (text is not null) AddNoteForCurrentStage(text);
        Session.Stage = advance.Next;
        AdoptionEvent? completed = null;
        if (advance.Next == GrowStage.Completed)
        {
            var now = time.GetUtcNow();
            Session.CompletedAt = now;
            completed = new AdoptionEvent($"{Id}:completed", AdoptionEventKind.SessionCompleted, now)
            {
                DurationSeconds = (now - Session.StartedAt).TotalSeconds,
            };
        }
        await SaveWith(completed);
        return Info();
    }

    public async Task<ActionItem> AddAction(string description, DateOnly dueDate, ActionOwner owner, string? needs, string? idempotencyKey = null)
    {
        EnsureExists();
        var actionId = CoachingIds.NewAction(Id, idempotencyKey);
        // A retry is answered before the stage rules: the session may have moved on since the first attempt added it.
        if (Session.Actions.Find(a => a.Id == actionId) is { } added) return await AddedBefore(added, description, dueDate, owner, needs);
        if (GrowSessionRules.ActionRefusal(Session.Stage, Session.Actions.Count) is { } refusal) throw PlatformException.Conflict(refusal);
        var what = Require.Text(description, "description");
        var needed = ActionNeeds(needs);
        var now = time.GetUtcNow();
        if (GrowSessionRules.DueDateProblem(dueDate, DateOnly.FromDateTime(now.UtcDateTime)) is { } problem)
            throw PlatformException.BadInput("dueDate", problem);

        var action = new ActionItem(actionId, Id, Session.ManagerId!, Session.EmployeeId!, what, owner, needed, dueDate, now, null);
        Session.Actions.Add(action);
        await SaveWith(new AdoptionEvent($"{action.Id}:created", AdoptionEventKind.ActionCreated, now));
        await Manager.TrackAction(action);
        return action;
    }

    /// <summary>
    /// The action an earlier request with the same idempotency key added, handed to the manager again: the first attempt
    /// may have failed after the session saved it and before the manager's follow-up ledger did. Other arguments are CONFLICT.
    /// </summary>
    private async Task<ActionItem> AddedBefore(ActionItem added, string description, DateOnly dueDate, ActionOwner owner, string? needs)
    {
        KeyedRetry.Match(added, a => a.Description == Require.Text(description, "description") && a.DueDate == dueDate && a.Owner == owner && a.Needs == ActionNeeds(needs),
            $"action '{added.Id}'", "description, due date, owner or needs");
        await Manager.TrackAction(added);
        return added;
    }

    private static string? ActionNeeds(string? needs) => string.IsNullOrWhiteSpace(needs) ? null : Require.Text(needs, "needs");

    public async Task<ActionItem> CompleteAction(string actionId)
    {
        // The caller named an action; the session is only where its id says it lives.
        if (!state.RecordExists) throw PlatformException.NotFound("Action", actionId);
        var index = Session.Actions.FindIndex(a => a.Id == actionId);
        if (index < 0) throw PlatformException.NotFound("Action", actionId);
        if (Session.Actions[index].Completed)
        {
            // Handed to the manager again: the first attempt may have failed after the session saved it and before the
            // manager's follow-up ledger did, which would otherwise keep nudging about a done action.
            await Manager.TrackAction(Session.Actions[index]);
            return Session.Actions[index];
        }

        var now = time.GetUtcNow();
        var done = Session.Actions[index] with { CompletedAt = now };
        Session.Actions[index] = done;
        await SaveWith(new AdoptionEvent($"{done.Id}:completed", AdoptionEventKind.ActionCompleted, now));
        await Manager.TrackAction(done);
        return done;
    }

    public async Task Erase()
    {
        if (!state.RecordExists) return;
        // What the session counted stays in the adoption figures: facts not yet delivered are handed on first.
        await AdoptionOutbox.Deliver(GrainFactory, Session.ManagerId!, Session.PendingAdoption, () => state.WriteStateAsync(), logger);
        if (Session.PendingAdoption.Count > 0)
            throw new PlatformException(PlatformErrorCode.Unavailable, "Adoption counts could not be handed on yet; try the erasure again.");
        await state.ClearStateAsync();
    }

    private IManagerGrain Manager => GrainFactory.GetGrain<IManagerGrain>(Session.ManagerId!);

    private void AddNoteForCurrentStage(string text, string? requestId = null)
    {
        if (Session.Stage == GrowStage.Completed)
            throw PlatformException.Conflict($"The session is completed: notes are written during the conversation. {GrowSessionRules.AllowedNow(GrowStage.Completed, Session.Actions.Count)}");
        if (Session.Notes.Count >= GrowSessionRules.MaxNotes)
            throw PlatformException.Conflict($"A session holds at most {GrowSessionRules.MaxNotes} notes.");
        Session.Notes.Add(new StageNote(Session.Stage, text, NextMoment(), requestId));
    }

    /// <summary>
    /// Now, but strictly after everything said or written so far: the feedback reads questions and notes in
    /// time order, and two entries within one clock tick must keep the order they happened in.
    /// </summary>
    private DateTimeOffset NextMoment()
    {
        var now = time.GetUtcNow();
        var last = Session.Questions.Select(q => q.AskedAt).Concat(Session.Notes.Select(n => n.WrittenAt)).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        return now > last ? now : last.AddTicks(1);
    }

    /// <summary>Saves the change together with its adoption fact, then hands the fact on.</summary>
    private async Task SaveWith(AdoptionEvent? fact)
    {
        if (fact is not null) Session.PendingAdoption.Add(fact);
        await state.WriteStateAsync();
        await AdoptionOutbox.DeliverOrRetry(this, GrainFactory, () => Session.ManagerId, () => Session.PendingAdoption, () => state.WriteStateAsync(), logger);
    }

    private void EnsureExists()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Coaching session", Id);
    }

    private CoachingSessionInfo Info() => new(
        Id, Session.ManagerId!, Session.EmployeeId!, Session.Goal!, Session.Language, Session.Stage, Session.StartedAt, Session.CompletedAt,
        [.. Session.Notes], [.. Session.Questions], [.. Session.Actions], Feedback());

    /// <summary>The domain's feedback over everything said and written, in the session's language.</summary>
    private SessionFeedback Feedback()
    {
        var utterances = Session.Questions.Select(q => new Utterance(q.Text, q.Stage, q.AskedAt, UtteranceSource.Question))
            .Concat(Session.Notes.Select(n => new Utterance(n.Text, n.Stage, n.WrittenAt, UtteranceSource.Note)))
            .ToList();
        return SessionFeedbackAnalyser.Analyse(utterances, Session.Language);
    }
}
