namespace Senate.ChatBot.Host.Desk.Users;

/// <summary>A person who signs in to the desk. The password is kept only as an ASP.NET Core Identity hash.</summary>
internal sealed record DeskUser
{
    /// <summary>The sign-in name in lower case; also the document id, so names are unique.</summary>
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required DeskRole Role { get; init; }

    public required string PasswordHash { get; init; }

    public int FailedSignIns { get; init; }

    public DateTimeOffset? LockedUntil { get; init; }

    public bool Disabled { get; init; }

    /// <summary>The LINE account the user linked to receive their desk notices there too; null when not linked.</summary>
    public string? LineUserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public static string NormalizeName(string userName) => userName.Trim().ToLowerInvariant();
}
