namespace Senate.ChatBot.Features.Members;

/// <summary>
/// Members link their LINE account (see <see cref="MemberLinks"/>); the website chat is anonymous, so
/// a user there is never a linked member.
/// </summary>
public sealed class LinkedMemberIdentity(MemberLinks links) : IMemberIdentity
{
    public const string LineChannel = "line";

    public Task<string?> FindLinkedMemberAsync(string channelId, string userId, CancellationToken cancellationToken = default) =>
        string.Equals(channelId, LineChannel, StringComparison.Ordinal) && !string.IsNullOrEmpty(userId)
            ? links.FindMemberAsync(userId, cancellationToken)
            : Task.FromResult<string?>(null);
}
