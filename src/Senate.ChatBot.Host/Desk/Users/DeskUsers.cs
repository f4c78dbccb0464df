using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Senate.ChatBot.Features.Complaints.Notifications;

namespace Senate.ChatBot.Host.Desk.Users;

/// <summary>Desk accounts in PostgreSQL: creation, password checks with lockout, disabling.</summary>
internal sealed class DeskUsers(IDocumentStore store, IPasswordHasher<DeskUser> hasher, IOptions<DeskOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<DeskUser>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<DeskUser>().OrderBy(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task<DeskUser?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<DeskUser>(id, cancellationToken);
    }

    public async Task<bool> AnyAdminAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<DeskUser>().AnyAsync(u => u.Role == DeskRole.Admin && !u.Disabled, cancellationToken);
    }

    /// <summary>Null when the name is taken or the password too short.</summary>
    public async Task<DeskUser?> CreateAsync(string userName, string displayName, DeskRole role, string password, CancellationToken cancellationToken)
    {
        var id = DeskUser.NormalizeName(userName);
        if (id.Length == 0 || password.Length < options.Value.MinPasswordLength)
        {
            return null;
        }

        await using var session = store.LightweightSession();
        if (await session.LoadAsync<DeskUser>(id, cancellationToken) is not null)
        {
            return null;
        }

        var user = new DeskUser { Id = id, DisplayName = displayName.Trim(), Role = role, PasswordHash = "", CreatedAt = time.GetUtcNow() };
        user = user with { PasswordHash = hasher.HashPassword(user, password) };
        session.Insert(user);
        KeepRoster(session, user);
        await session.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>The user when name and password match and the account is usable; failures count towards a lockout.</summary>
    public async Task<SignInResult> VerifyAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var user = await session.LoadAsync<DeskUser>(DeskUser.NormalizeName(userName), cancellationToken);
        var now = time.GetUtcNow();
        if (user is null || user.Disabled)
        {
            return SignInResult.Failed;
        }

        if (user.LockedUntil > now)
        {
            return SignInResult.LockedOut;
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = user.FailedSignIns + 1;
            var locked = failures >= options.Value.MaxFailedSignIns;
            session.Store(user with
            {
                FailedSignIns = locked ? 0 : failures,
                LockedUntil = locked ? now.AddMinutes(options.Value.LockoutMinutes) : user.LockedUntil,
            });
            await session.SaveChangesAsync(cancellationToken);
            return locked ? SignInResult.LockedOut : SignInResult.Failed;
        }

        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password) : user.PasswordHash;
        session.Store(user with { FailedSignIns = 0, LockedUntil = null, PasswordHash = rehash });
        await session.SaveChangesAsync(cancellationToken);
        return SignInResult.Success(user);
    }

    public async Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<DeskUser>(id, cancellationToken) is { } user)
        {
            Save(session, user with { Disabled = disabled });
            await session.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Puts every active user on the roster, for accounts made before the roster existed.</summary>
    public async Task SyncRosterAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        foreach (var user in await session.Query<DeskUser>().Where(u => !u.Disabled).ToListAsync(cancellationToken))
        {
            KeepRoster(session, user);
        }

        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stores a changed account together with its place on the roster.</summary>
    public static void Save(IDocumentSession session, DeskUser user)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Store(user);
        KeepRoster(session, user);
    }

    // The complaint register's roster (who hears about assignments, warnings and escalations) follows the
    // accounts: active users are on it, as supervisors when they are, with their linked LINE; disabled ones are not.
    private static void KeepRoster(IDocumentSession session, DeskUser user)
    {
        if (user.Disabled)
        {
            session.Delete<DeskStaffMember>(user.Id);
        }
        else
        {
            session.Store(new DeskStaffMember(user.Id, user.DisplayName, Unit: "", IsSupervisor: user.Role is DeskRole.Supervisor or DeskRole.Admin, user.LineUserId));
        }
    }
}

internal sealed record SignInResult(DeskUser? User, bool IsLockedOut)
{
    public static SignInResult Failed { get; } = new(null, false);

    public static SignInResult LockedOut { get; } = new(null, true);

    public static SignInResult Success(DeskUser user) => new(user, false);
}
