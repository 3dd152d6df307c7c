using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Domain.Coaching.FollowUp;
using LeadPlatform.Domain.Identity;
using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Leadership.Fit;
using LeadPlatform.Grains.State;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Grains;

public sealed class ManagerGrain(
    [PersistentState("manager")] IPersistentState<ManagerState> state,
    TimeProvider time,
    ILogger<ManagerGrain> logger) : Grain, IManagerGrain, IRemindable
{
    /// <summary>Ids listed per manager, employee or team; older ones drop off the list (the entities stay readable by id).</summary>
    public const int MaxListed = 500;

    /// <summary>Interactions kept for the record of hats; the newest are kept, so the last coaching moment is never lost.</summary>
    public const int MaxInteractions = 500;

    /// <summary>The reminder that raises nudges while nobody looks; hourly, because nudges change by the calendar day.</summary>
    public const string FollowUpReminder = "follow-up";

    public static readonly TimeSpan FollowUpPeriod = TimeSpan.FromHours(1);

    /// <summary>How long a reminder the table refused waits before it is registered again.</summary>
    public static readonly TimeSpan FollowUpRetry = TimeSpan.FromMinutes(1);

    private string Id => this.GetPrimaryKeyString();
    private string OrganisationId => TenantReach.TenantOf(Id);
    private ManagerState Manager => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists) return;
        if (Manager.Since is null)
        {
            // Managers created before the follow-up ledger existed start their coaching-gap count now.
            Manager.Since = time.GetUtcNow();
            await state.WriteStateAsync();
        }
        // Counts the manager's adoption grain saved but could not send up before its silo died go up now.
        _ = GrainFactory.GetGrain<IManagerAdoptionGrain>(Id).Wake();
        // A manager saved before its reminder was kept (or by a host whose reminders were in memory) gets it back. In the
        // background: the call that woke the manager neither waits on the reminder table nor fails when it cannot be read.
        EnsureFollowUpLater(TimeSpan.Zero);
    }

    /// <summary>
    /// Registers the follow-up reminder (unless <paramref name="onlyIfMissing"/> and the table has it). A reminder table
    /// that fails does not fail the caller, whose change is saved: the reminder is tried again after
    /// <see cref="FollowUpRetry"/>, and nudges are raised whenever someone reads them meanwhile.
    /// </summary>
    private async Task EnsureFollowUp(bool onlyIfMissing)
    {
        try
        {
            if (!onlyIfMissing || await this.GetReminder(FollowUpReminder) is null)
                await this.RegisterOrUpdateReminder(FollowUpReminder, FollowUpPeriod, FollowUpPeriod);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The follow-up reminder of manager {ManagerId} could not be registered; trying again in {Delay}", Id, FollowUpRetry);
            EnsureFollowUpLater(FollowUpRetry);
        }
    }

    private void EnsureFollowUpLater(TimeSpan delay) =>
        this.RegisterGrainTimer(() => EnsureFollowUp(onlyIfMissing: true), new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));

    public async Task<ManagerInfo> Create(string name, string teamId)
    {
        if (state.RecordExists) throw PlatformException.Conflict($"Manager '{Id}' already exists.");
        // The team is set here only, and the only manager ever deleted is one its team never named, whose id no answer
        // gave out (see IsOrphan): gateways keep a manager's team (ManagerTeamCache).
        state.State = new ManagerState { Name = Require.Name(name, "name"), TeamId = teamId, Since = time.GetUtcNow() };
        await state.WriteStateAsync();
        await EnsureFollowUp(onlyIfMissing: false);
        return Info();
    }

    public Task<ManagerInfo?> Get() => Task.FromResult(state.RecordExists ? Info() : null);

    public async Task<CoachingSessionInfo> StartCoachingSession(string employeeId, string goal, Language? language, string? idempotencyKey = null)
    {
        EnsureExists();
        var employee = await OwnEmployee(employeeId);
        var sessionId = CreatedId(EntityKinds.CoachingSession, idempotencyKey);
        var session = await StartedBefore(sessionId, idempotencyKey, employeeId, goal, language)
            // The employee lists the session before it starts it: no erasure of the employee can miss it.
            ?? await employee.StartCoachingSession(sessionId, Id, goal, language);
        // A retry records the session only if the first attempt failed before the manager's record of it was saved.
        if (Manager.SessionIds.Contains(sessionId)) return session;
        Keep(Manager.SessionIds, sessionId, MaxListed);
        // Every session is a conversation in the coach hat.
        await Record(sessionId, employee, employeeId, Hat.Coach, note: null, session.StartedAt);
        return session;
    }

    /// <summary>The session an earlier request with this idempotency key started, or null (always null without a key).</summary>
    private async Task<CoachingSessionInfo?> StartedBefore(string sessionId, string? idempotencyKey, string employeeId, string goal, Language? language) =>
        await KeyedRetry.Read(idempotencyKey, GrainFactory.GetGrain<ICoachingSessionGrain>(sessionId).Get,
            started => started.EmployeeId == employeeId && started.Goal == Require.Text(goal, "goal") && (language is not { } asked || asked == started.Language),
            $"session '{sessionId}'", "employee, goal or language");

    public Task<string[]> GetCoachingSessionIds()
    {
        EnsureExists();
        return Task.FromResult(Manager.SessionIds.ToArray());
    }

    public async Task<LoggedInteraction> LogInteraction(string employeeId, Hat hat, string? note, string? idempotencyKey = null, string? task = null)
    {
        EnsureExists();
        var employee = await OwnEmployee(employeeId);
        var text = string.IsNullOrWhiteSpace(note) ? null : Require.Text(note, "note");
        var taskName = string.IsNullOrWhiteSpace(task) ? null : Require.Name(task, "task");
        var interactionId = CreatedId(EntityKinds.Interaction, idempotencyKey);
        // The interaction and its adoption fact are saved in one write: a retry finds both or neither.
        return KeyedRetry.Match(Manager.Interactions.Find(i => i.Id == interactionId),
                logged => logged.Interaction.EmployeeId == employeeId && logged.Interaction.Hat == hat && logged.Note == text && logged.Task == taskName,
                $"interaction '{interactionId}'", "employee, hat, note or task")
            ?? await Record(interactionId, employee, employeeId, hat, text, time.GetUtcNow(), taskName);
    }

    /// <summary>A new id, or with an idempotency key the one the first attempt used. Keys are the manager's own.</summary>
    private string CreatedId(string kind, string? idempotencyKey) =>
        GrainKeys.Child(OrganisationId, kind, Id, idempotencyKey);

    public Task<LoggedInteraction[]> GetInteractions()
    {
        EnsureExists();
        return Task.FromResult(Manager.Interactions.ToArray());
    }

    public Task<HatSummary> GetHatSummary()
    {
        EnsureExists();
        return Task.FromResult(HatRecord.Summarise(Manager.Interactions.Select(i => i.Interaction).ToList()));
    }

    public async Task TrackAction(ActionItem action)
    {
        EnsureExists();
        if (action.Completed) Manager.OpenActions.Remove(action.Id);
        else Manager.OpenActions[action.Id] = action;
        RefreshRaisedNudges();
        await state.WriteStateAsync();
    }

    public Task<RaisedNudge[]> GetNudges()
    {
        EnsureExists();
        // Evaluated for this very moment, so a read is never an hour stale; raised-at times come from the reminder ticks and changes.
        var now = time.GetUtcNow();
        return Task.FromResult(CurrentNudges(now)
            .Select(n => new RaisedNudge(n, Manager.NudgesRaisedAt.GetValueOrDefault(NudgeKey(n), now)))
            .ToArray());
    }

    public async Task ForgetEmployee(string employeeId, string[] sessionIds)
    {
        if (!state.RecordExists) return;
        var sessions = sessionIds.ToHashSet();
        // Interactions about the employee (their notes with them) and the sessions, which are interactions too.
        var changed = Manager.Interactions.RemoveAll(i => i.Interaction.EmployeeId == employeeId || sessions.Contains(i.Id)) > 0;
        changed |= Manager.SessionIds.RemoveAll(sessions.Contains) > 0;
        // The follow-up ledger quotes the actions' texts; the nudges on them go with them (refreshed below).
        var actions = Manager.OpenActions.Where(a => a.Value.EmployeeId == employeeId || sessions.Contains(a.Value.SessionId)).Select(a => a.Key).ToList();
        foreach (var actionId in actions) Manager.OpenActions.Remove(actionId);
        changed |= actions.Count > 0;
        changed |= RefreshRaisedNudges();
        if (changed) await state.WriteStateAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != FollowUpReminder) return;
        if (!state.RecordExists || await IsOrphan())
        {
            await Retire();
            return;
        }
        var changed = RefreshRaisedNudges();
        if (changed) await state.WriteStateAsync();
        // Facts that could not be delivered earlier get another chance.
        await AdoptionOutbox.Deliver(GrainFactory, Id, Manager.PendingAdoption, () => state.WriteStateAsync(), logger);
        await GrainFactory.GetGrain<IManagerAdoptionGrain>(Id).Wake();
    }

    /// <summary>
    /// A manager its team does not name, who has done nothing: an <c>addManager</c> whose team failed to save after this
    /// grain had, and that was not retried with its key (a retry without one makes another manager). No list, export or
    /// erasure reaches it. Asked at a reminder, an hour after it was made, when a keyed retry would long have come.
    /// </summary>
    private async Task<bool> IsOrphan() =>
        Manager.SessionIds.Count == 0 && Manager.Interactions.Count == 0 && Manager.OpenActions.Count == 0
        && (await GrainFactory.GetGrain<ITeamGrain>(Manager.TeamId!).Get())?.ManagerId != Id;

    /// <summary>
    /// Removes an orphan's record (its name) and stops the reminder. The record goes first: when the reminder cannot be
    /// removed, the next tick finds no record and tries again.
    /// </summary>
    private async Task Retire()
    {
        if (state.RecordExists)
        {
            logger.LogWarning("Manager {ManagerId} is not named by its team {TeamId} (an addManager that failed halfway); removing its record", Id, Manager.TeamId);
            await state.ClearStateAsync();
        }
        if (await this.GetReminder(FollowUpReminder) is { } reminder) await this.UnregisterReminder(reminder);
        DeactivateOnIdle();
    }

    /// <summary>
    /// Judges and stores one interaction, and reports it as an adoption fact. The hat is judged against the assessment of
    /// <paramref name="task"/>, or without one the employee's newest: people are assessed per task, not labelled once.
    /// </summary>
    private async Task<LoggedInteraction> Record(string interactionId, IEmployeeGrain employee, string employeeId, Hat hat, string? note, DateTimeOffset at,
        string? task = null)
    {
        var advice = await employee.GetAdvice(task);
        var earlier = Manager.Interactions.Select(i => i.Interaction);
        var interaction = HatRecord.Judge(earlier, employeeId, hat, advice?.Style, at);
        var logged = new LoggedInteraction(interactionId, interaction, note, task);
        Keep(Manager.Interactions, logged, MaxInteractions);
        RefreshRaisedNudges();
        Manager.PendingAdoption.Add(new AdoptionEvent($"{interactionId}:interaction", AdoptionEventKind.Interaction, at)
        {
            Hat = hat,
            StyleFit = interaction.Fits,
            DevelopmentLevel = advice?.DevelopmentLevel,
            Style = advice?.Style,
        });
        await state.WriteStateAsync();
        await AdoptionOutbox.Deliver(GrainFactory, Id, Manager.PendingAdoption, () => state.WriteStateAsync(), logger);
        return logged;
    }

    /// <summary>An employee of the team this manager leads; anyone else is refused before their grain is even called.</summary>
    private async Task<IEmployeeGrain> OwnEmployee(string employeeId)
    {
        // Grain-to-grain calls skip the silo's tenant check, so the tenant is checked here.
        if (!TenantKey.TryParse(employeeId, out var key) || key.TenantId != OrganisationId
            || !key.EntityId.StartsWith(EntityKinds.Employee + "-", StringComparison.Ordinal))
            throw PlatformException.NotFound("Employee", employeeId);
        var employee = GrainFactory.GetGrain<IEmployeeGrain>(employeeId);
        var info = await employee.Get() ?? throw PlatformException.NotFound("Employee", employeeId);
        if (info.TeamId != Manager.TeamId)
            throw PlatformException.Forbidden($"Employee '{employeeId}' is not in the team this manager leads.");
        return employee;
    }

    private IReadOnlyList<Nudge> CurrentNudges(DateTimeOffset now)
    {
        var actions = Manager.OpenActions.Values.Select(a => new ActionDue(a.Id, a.Description, a.DueDate, a.Completed));
        // A COACH-hat interaction is a coaching conversation; every session is one.
        var lastCoaching = Manager.Interactions.Where(i => i.Interaction.Hat == Hat.Coach).Select(i => (DateTimeOffset?)i.Interaction.At).Max();
        return NudgeRules.For(actions, lastCoaching, Manager.Since ?? now, now);
    }

    /// <summary>Stamps newly standing nudges with now and forgets cleared ones; true when anything changed.</summary>
    private bool RefreshRaisedNudges()
    {
        var now = time.GetUtcNow();
        var standing = CurrentNudges(now).Select(NudgeKey).ToHashSet();
        var cleared = Manager.NudgesRaisedAt.Keys.Where(key => !standing.Contains(key)).ToList();
        foreach (var key in cleared) Manager.NudgesRaisedAt.Remove(key);
        var raised = standing.Where(key => Manager.NudgesRaisedAt.TryAdd(key, now)).Count();
        return cleared.Count > 0 || raised > 0;
    }

    private static string NudgeKey(Nudge nudge) => $"{nudge.Kind}:{nudge.ActionId}";

    private static void Keep<T>(List<T> list, T item, int max)
    {
        list.Add(item);
        if (list.Count > max) list.RemoveRange(0, list.Count - max);
    }

    private void EnsureExists()
    {
        if (!state.RecordExists) throw PlatformException.NotFound("Manager", Id);
    }

    private ManagerInfo Info() => new(Id, Manager.Name!, Manager.TeamId!);
}
