using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Grains.Resilience;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

public sealed class EmployeeGrain(
    [PersistentState("employee")] IPersistentState<EmployeeState> state,
    TimeProvider time,
    ILogger<EmployeeGrain> logger) : Grain, IEmployeeGrain, IRemindable
{
    /// <summary>
    /// Assessment history kept per employee: the newest 10 pages of 10 (plus the open page of up to 9 in the state), so the
    /// state an assessment writes holds a few entries instead of the whole history.
    /// </summary>
    public static readonly AssessmentHistoryLayout HistoryLayout = new(PageSize: 10, KeptPages: 10);

    /// <summary>
    /// Coaching session ids kept per employee: pages of 50, every one kept (an erasure must find every session), so the state
    /// each write saves holds fewer than 50 ids however long the employee has been coached.
    /// </summary>
    public static readonly SessionListLayout SessionLayout = new(PageSize: 50);

    private bool deliveredSinceWrite;

    /// <summary>Adoption facts at the end of the outbox not saved yet: they are not sent before they are durable.</summary>
    private int unsavedFacts;

    private AdoptionCourier? courier;

    /// <summary>
    /// The team's manager as the team last named it: a team gets its manager once and keeps it. Forgotten when a move
    /// changes the team.
    /// </summary>
    private string? teamManagerId;

    /// <summary>
    /// Whether the team may hold a copy of this employee's advice. It gets one only by asking (<see cref="GetMemberAdvice"/>),
    /// so once told to forget it, further changes need not tell it again until it has asked. True in a new activation: an
    /// earlier one may have answered.
    /// </summary>
    private bool teamMayHoldAdvice = true;

    /// <summary>
    /// The reminder of an employee whose move has not finished: it asks the organisation to finish it, so a move that
    /// failed halfway and that nobody retried is finished too. A reminder, not a timer: the activation that began the move
    /// may be gone (a failed write drops it, a restart ends it) before anyone calls the employee again.
    /// </summary>
    public const string FinishMoveReminder = "finish-move";

    public static readonly TimeSpan FinishMoveDue = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan FinishMovePeriod = TimeSpan.FromMinutes(1);

    /// <summary>The organisation's finishing asked for at the last tick, so a slow one is not asked for again meanwhile.</summary>
    private Task finishing = Task.CompletedTask;

    private string Id => this.GetPrimaryKeyString();

    /// <summary>Hands saved assessment facts to the team manager's adoption grain, outside the request.</summary>
    private AdoptionCourier Courier => courier ??= new AdoptionCourier(this, GrainFactory,
        async () => teamManagerId ??= (await Team.Get())?.ManagerId,
        () => state.State.PendingAdoption, () => state.State.PendingAdoption.Count - unsavedFacts, MarkDelivered, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Facts an earlier activation saved but may not have handed on (a killed silo) go out now; repeats count once.
        if (state.RecordExists && state.State.PendingAdoption.Count > 0) Courier.Send();
        return Task.CompletedTask;
    }

    public async Task<EmployeeInfo> Create(string name, string teamId, bool teamCrisis)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Employee '{Id}' already exists.");
        state.State = new EmployeeState { Name = Require.Name(name, "name"), TeamId = teamId, TeamCrisis = teamCrisis };
        await Save();
        return Info();
    }

    public Task<EmployeeInfo?> Get() => Task.FromResult(Exists ? Info() : null);

    public async Task<Assessment> Assess(string task, Competence competence, Commitment commitment, TeamGate gate, string? idempotencyKey = null)
    {
        EnsureExists();
        if (!gate.Admits(state.State.TeamId)) throw PlatformException.Forbidden("Not allowed: the employee is not in your team.");
        var taskName = Require.Name(task, "task");
        var requestId = CreatedIds.RequestId(EntityKinds.Assessment, Id, idempotencyKey);
        if (KeyedRetry.Match(AssessedBefore(requestId), a => a.Task == taskName && a.Competence == competence && a.Commitment == commitment,
                $"assessment '{requestId}'", "task, competence or commitment") is { } assessed)
            return assessed;
        await ForgetTeamCopy();
        var assessment = new Assessment(taskName, competence, commitment,
            SituationalLeadershipTable.Recommend(competence, commitment), time.GetUtcNow(), requestId);
        state.State.LatestByTask[TaskKey.Of(taskName)] = assessment;
        await AddToHistory(assessment);
        // The level and style go into the team manager's adoption counters (distribution per team, organisation, client),
        // after the request: the fact is saved with the assessment, so the adoption figures follow within moments.
        state.State.PendingAdoption.Add(new AdoptionEvent($"{Id}:assessment:{assessment.AssessedAt.UtcTicks}", AdoptionEventKind.Assessment, assessment.AssessedAt)
        {
            DevelopmentLevel = assessment.Recommendation.DevelopmentLevel,
            Style = assessment.Recommendation.Style,
            // Delivered in order (the courier sends a prefix of the outbox), so a number per employee tells repeats apart.
            SourceId = Id,
            SourceSequence = ++state.State.AdoptionSequence,
        });
        unsavedFacts++;
        await Save();
        Courier.Send();
        return assessment;
    }

    /// <summary>
    /// The assessment an earlier request with this <paramref name="requestId"/> made, while the state still holds it: the
    /// newest of its task, or in the open history page. Null without one.
    /// </summary>
    private Assessment? AssessedBefore(string? requestId) => requestId is null
        ? null
        : state.State.LatestByTask.Values.FirstOrDefault(a => a.RequestId == requestId) ?? state.State.RecentHistory.Find(a => a.RequestId == requestId);

    /// <summary>
    /// A full open page is sealed into its slot before the state counts it, so a saved count never names a page that was not
    /// written. Should the save fail after that, the slot already holds the new page in place of the oldest kept one (that one
    /// drops out a page early) and the next assessment seals the new page again.
    /// </summary>
    private async Task AddToHistory(Assessment assessment)
    {
        var employee = state.State;
        employee.RecentHistory.Add(assessment);
        employee.SealedHistoryPages = await PageSealing.SealFullPages(employee.RecentHistory, HistoryLayout.PageSize,
            employee.SealedHistoryPages, (page, entries) => HistoryPage(HistoryLayout.Slot(page)).Write(page, entries));
    }

    private IAssessmentHistoryPageGrain HistoryPage(int slot) => GrainFactory.GetGrain<IAssessmentHistoryPageGrain>($"{Id}/history-{slot}");

    public Task<Assessment[]> GetAssessments()
    {
        EnsureExists();
        return Task.FromResult(state.State.LatestByTask.Values.OrderByDescending(a => a.AssessedAt).ToArray());
    }

    public Task<StyleAdvice?> GetRecommendation(string task)
    {
        EnsureExists();
        return Task.FromResult(Recommendation(task));
    }

    public Task<EmployeeWithAdvice?> GetWithRecommendation(string task) =>
        Task.FromResult(Exists ? new EmployeeWithAdvice(Info(), Recommendation(task)) : null);

    public Task<MemberAdvice?> GetMemberAdvice()
    {
        if (!Exists) return Task.FromResult<MemberAdvice?>(null);
        // The team may keep this answer: the next change must tell it to forget it.
        teamMayHoldAdvice = true;
        return Task.FromResult<MemberAdvice?>(Advice());
    }

    private StyleAdvice? Recommendation(string task) => MemberAdvice.For(state.State.LatestByTask, task, state.State.TeamCrisis);

    private MemberAdvice Advice() => new(Info(), state.State.TeamCrisis, new Dictionary<string, Assessment>(state.State.LatestByTask));

    private ITeamGrain Team => GrainFactory.GetGrain<ITeamGrain>(state.State.TeamId!);

    /// <summary>
    /// Before anything the team's copy depends on changes (assessment, crisis, erasure): the team forgets its copy, so it asks
    /// this employee (who answers after the change) instead of answering from the old one; and names its manager, for the
    /// courier. Calls do not interleave in this grain, so no answer can go out between this and the change.
    /// </summary>
    /// <remarks>
    /// Until a move finishes, the team it left still lists the employee and may ask for a copy too, so it forgets as well.
    /// </remarks>
    private async Task ForgetTeamCopy()
    {
        if (!teamMayHoldAdvice) return;
        if (state.State.MovingFromTeamId is { } formerTeamId) await GrainFactory.GetGrain<ITeamGrain>(formerTeamId).ForgetMemberAdvice(Id);
        var managerId = await Team.ForgetMemberAdvice(Id);
        teamManagerId ??= managerId;
        teamMayHoldAdvice = false;
    }

    public async Task<EmployeeMove?> BeginMove(string toTeamId, bool toTeamCrisis)
    {
        EnsureExists();
        var employee = state.State;
        if (employee.MovingFromTeamId is not null)
            throw PlatformException.Conflict($"Employee '{Id}' has a move that has not finished: it is finished first.");
        if (employee.TeamId == toTeamId) return null;
        await HandOnOwedFacts();
        // The team left answers from the employee from now on, and so tells every reader the new team.
        await ForgetTeamCopy();
        var fromTeamId = employee.TeamId!;
        employee.MovingFromTeamId = fromTeamId;
        employee.TeamId = toTeamId;
        employee.TeamCrisis = toTeamCrisis;
        if (!employee.FormerTeamIds.Contains(fromTeamId)) employee.FormerTeamIds.Add(fromTeamId);
        // Registered before the save: a reminder without a move only unregisters itself, a move without one could stay unfinished.
        await this.RegisterOrUpdateReminder(FinishMoveReminder, FinishMoveDue, FinishMovePeriod);
        // A failed save drops this activation (ReloadAfterFailureFilter): nothing of the move stays in memory.
        await Save();
        teamManagerId = null;
        teamMayHoldAdvice = true;
        return new EmployeeMove(Id, fromTeamId, toTeamId);
    }

    /// <summary>
    /// Asks the organisation to finish the move, without waiting for it: its steps call this employee (the new team tells
    /// it its crisis), which this call would keep waiting.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != FinishMoveReminder) return;
        if (!Exists || state.State.MovingFromTeamId is null)
        {
            await StopFinishMoveReminder();
            return;
        }
        if (!finishing.IsCompleted) return;
        finishing = GrainFactory.GetGrain<IOrganisationGrain>(TenantReach.TenantOf(Id)).FinishUnfinishedMove(Id).ContinueWith(
            failed => logger.LogWarning(failed.Exception, "The move of employee {EmployeeId} is not finished yet; trying again in {Period}", Id, FinishMovePeriod),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>Best effort: a reminder left behind unregisters itself at its next tick.</summary>
    private async Task StopFinishMoveReminder()
    {
        try
        {
            if (await this.GetReminder(FinishMoveReminder) is { } reminder) await this.UnregisterReminder(reminder);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The finish-move reminder of employee {EmployeeId} could not be removed; it removes itself at its next tick", Id);
        }
    }

    /// <summary>
    /// Assessment facts not yet delivered count for the manager of the team they were made in: sent after the move, they
    /// would count for the new team's.
    /// </summary>
    private async Task HandOnOwedFacts()
    {
        Courier.Send();
        await Courier.Running;
        if (state.State.PendingAdoption.Count > 0)
            throw new PlatformException(PlatformErrorCode.Unavailable, "Adoption counts could not be handed to the current manager yet; try the move again.");
    }

    public Task<EmployeeMove?> GetUnfinishedMove() => Task.FromResult(Exists && state.State.MovingFromTeamId is { } fromTeamId
        ? new EmployeeMove(Id, fromTeamId, state.State.TeamId!)
        : null);

    public async Task CompleteMove()
    {
        if (!state.RecordExists || state.State.MovingFromTeamId is null) return;
        state.State.MovingFromTeamId = null;
        await Save();
        await StopFinishMoveReminder();
    }

    public async Task<Assessment> AssessSelf(string task, Competence competence, Commitment commitment)
    {
        EnsureExists();
        var taskName = Require.Name(task, "task");
        var assessment = new Assessment(taskName, competence, commitment,
            SituationalLeadershipTable.Recommend(competence, commitment), time.GetUtcNow());
        state.State.SelfLatestByTask[TaskKey.Of(taskName)] = assessment;
        await Save();
        return assessment;
    }

    public Task<AssessmentComparison[]> GetAssessmentComparisons()
    {
        EnsureExists();
        var byManager = state.State.LatestByTask;
        var bySelf = state.State.SelfLatestByTask;
        return Task.FromResult(byManager.Keys.Union(bySelf.Keys)
            .Select(key => (Manager: byManager.GetValueOrDefault(key), Self: bySelf.GetValueOrDefault(key)))
            .Select(pair => (pair.Manager, pair.Self, Newest: new[] { pair.Manager, pair.Self }.OfType<Assessment>().MaxBy(a => a.AssessedAt)!))
            .OrderByDescending(pair => pair.Newest.AssessedAt)
            .Select(pair => new AssessmentComparison(pair.Newest.Task, pair.Manager, pair.Self))
            .ToArray());
    }

    public Task<StyleAdvice?> GetAdvice(string? task = null)
    {
        EnsureExists();
        var assessed = task is null ? state.State.LatestByTask.Values.MaxBy(a => a.AssessedAt) : state.State.LatestByTask.GetValueOrDefault(TaskKey.Of(task));
        return Task.FromResult(assessed is null ? null
            : SituationalLeadershipTable.Recommend(assessed.Competence, assessed.Commitment, state.State.TeamCrisis));
    }

    public async Task<CoachingSessionInfo> StartCoachingSession(string sessionId, string managerId, string goal, Language? language)
    {
        EnsureExists();
        // Checked before the id is listed: a goal the session would refuse leaves nothing behind.
        var validGoal = Require.Text(goal, "goal");
        // A retried start (an idempotency key) whose first attempt was listed and then failed is not listed twice.
        if (!state.State.SessionIds.Contains(sessionId)) await ListCoachingSession(sessionId);
        return await GrainFactory.GetGrain<ICoachingSessionGrain>(sessionId).Start(managerId, Id, validGoal, language);
    }

    private async Task ListCoachingSession(string sessionId)
    {
        // Not trimmed: a GDPR erasure must find every session with this employee (reads list the newest only). Full pages
        // leave the state, so the state stays small however many there were.
        var employee = state.State;
        employee.SessionIds.Add(sessionId);
        employee.SealedSessionPages = await PageSealing.SealFullPages(employee.SessionIds, SessionLayout.PageSize,
            employee.SealedSessionPages, (page, ids) => SessionPage(page).Write(page, ids));
        await Save();
    }

    public async Task<string[]> GetCoachingSessionIds()
    {
        EnsureExists();
        var employee = state.State;
        var pages = SessionLayout.PagesWithNewest(employee.SealedSessionPages, employee.SessionIds.Count, ManagerGrain.MaxListed);
        return [.. (await SessionIdsIn(pages)).TakeLast(ManagerGrain.MaxListed)];
    }

    /// <summary>Every session id: the sealed pages' and the open page's, oldest first.</summary>
    private Task<string[]> AllSessionIds() => SessionIdsIn(SessionListLayout.AllPages(state.State.SealedSessionPages));

    /// <summary>The ids in these sealed pages (oldest first) followed by the open page's.</summary>
    private async Task<string[]> SessionIdsIn(IEnumerable<int> pages)
    {
        var open = state.State.SessionIds.ToArray();
        var sealedIds = await Task.WhenAll(pages.Select(page => SessionPage(page).Read(page)));
        return [.. sealedIds.SelectMany(ids => ids), .. open];
    }

    private ISessionListPageGrain SessionPage(int page) => GrainFactory.GetGrain<ISessionListPageGrain>($"{Id}/sessions-{page}");

    public Task SetTeamCrisis(bool active) => Exists ? SetTeamCrisisOf(state.State.TeamId!, active) : Task.CompletedTask;

    public async Task SetTeamCrisisOf(string teamId, bool active)
    {
        if (!Exists || state.State.TeamId != teamId || state.State.TeamCrisis == active) return;
        await ForgetTeamCopy();
        state.State.TeamCrisis = active;
        await Save();
    }

    public async Task<EmployeePersonalData> GetPersonalData()
    {
        EnsureExists();
        var employee = state.State;
        var sealedPages = await Task.WhenAll(HistoryLayout.KeptPageNumbers(employee.SealedHistoryPages)
            .Select(page => HistoryPage(HistoryLayout.Slot(page)).Read(page)));
        // Every manager assessment kept: the history, and a task's newest one should it have dropped off the history.
        var assessments = sealedPages.SelectMany(page => page).Concat(employee.RecentHistory).Concat(employee.LatestByTask.Values)
            .Distinct().OrderBy(a => a.AssessedAt).ToArray();
        return new EmployeePersonalData(Id, employee.Name!, employee.TeamId!, assessments,
            [.. employee.SelfLatestByTask.Values.OrderBy(a => a.AssessedAt)], await AllSessionIds(), [.. employee.ApiKeyIds], [.. employee.FormerTeamIds]);
    }

    public async Task AddApiKey(string keyId)
    {
        EnsureExists();
        if (state.State.ApiKeyIds.Contains(keyId)) return;
        state.State.ApiKeyIds.Add(keyId);
        await Save();
    }

    public async Task<EmployeeErasurePlan> BeginErasure()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Employee", Id);
        if (!state.State.Erasing)
        {
            // From now on the team asks (and gets NOT_FOUND), as everyone else.
            await ForgetTeamCopy();
            var employee = state.State;
            // The personal data goes now. Kept until the erasure completes: what it still has to visit, and adoption
            // facts not yet delivered (levels and styles, no person), so the anonymous counts stay complete.
            state.State = new EmployeeState
            {
                TeamId = employee.TeamId,
                SessionIds = employee.SessionIds,
                SealedSessionPages = employee.SealedSessionPages,
                ApiKeyIds = employee.ApiKeyIds,
                PendingAdoption = employee.PendingAdoption,
                SealedHistoryPages = employee.SealedHistoryPages,
                FormerTeamIds = employee.FormerTeamIds,
                Erasing = true,
            };
            try
            {
                await Save();
            }
            catch
            {
                state.State = employee;
                throw;
            }
        }
        // The history pages go now too, after the employee stopped answering; again on a repeat, should one have failed.
        await Task.WhenAll(Enumerable.Range(0, HistoryLayout.SlotsInUse(state.State.SealedHistoryPages)).Select(slot => HistoryPage(slot).Clear()));
        // The session pages stay until the erasure completes: a repeat after a failure must find every session again.
        return new EmployeeErasurePlan(state.State.TeamId!, await AllSessionIds(), [.. state.State.ApiKeyIds], [.. state.State.FormerTeamIds]);
    }

    public async Task CompleteErasure()
    {
        if (!state.RecordExists) return;
        if (!state.State.Erasing) throw PlatformException.Conflict($"The erasure of employee '{Id}' has not begun.");
        await Courier.Running;
        // Adoption facts not yet delivered are handed on first, so the counts stay (without a manager nobody could take them).
        if (state.State.PendingAdoption.Count > 0
            && (await GrainFactory.GetGrain<ITeamGrain>(state.State.TeamId!).Get())?.ManagerId is { } managerId)
        {
            await AdoptionOutbox.Deliver(GrainFactory, managerId, state.State.PendingAdoption, () => state.WriteStateAsync(), logger);
            if (state.State.PendingAdoption.Count > 0)
                throw new PlatformException(PlatformErrorCode.Unavailable, "Adoption counts could not be handed on yet; try the erasure again.");
        }
        // Every session named in them was erased by now; should a page's removal fail, the repeat finds the rest.
        await Task.WhenAll(SessionListLayout.AllPages(state.State.SealedSessionPages).Select(page => SessionPage(page).Clear()));
        await state.ClearStateAsync();
    }

    /// <summary>
    /// Facts handed to the manager's adoption grain leave the saved outbox with the next write or at deactivation, not in
    /// a write of their own (one commit less per assessment). A restart before then sends them again, and the adoption
    /// grain counts each event id once.
    /// </summary>
    private Task MarkDelivered()
    {
        deliveredSinceWrite = true;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Cleared before writing: after a refused write the activation is dropped and must not save at deactivation. Facts
    /// are only added by requests, which do not interleave, so every unsaved fact is in this write.
    /// </summary>
    private async Task Save()
    {
        deliveredSinceWrite = false;
        await state.WriteStateAsync();
        unsavedFacts = 0;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (courier is not null) await courier.Running.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Current);
        // Not after a failed call: the write would store its half-made change. Delivered facts are sent again and counted once.
        if (deliveredSinceWrite && state.RecordExists && !ReloadAfterFailureFilter.DroppedAfterFailure(reason))
            await DeactivationWrites.Shared.Run(Save, cancellationToken);
    }

    /// <summary>An employee being erased no longer exists for anyone: only the erasure itself still reaches the grain.</summary>
    private bool Exists => state.RecordExists && !state.State.Erasing;

    private void EnsureExists()
    {
        if (!Exists) throw PlatformException.NotFound("Employee", Id);
    }

    private EmployeeInfo Info() => new(Id, state.State.Name!, state.State.TeamId!);
}
