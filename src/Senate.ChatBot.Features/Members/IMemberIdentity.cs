namespace Senate.ChatBot.Features.Members;

/// <summary>Who a chat user is as a member: the member number their account is linked to, or null.</summary>
public interface IMemberIdentity
{
    Task<string?> FindLinkedMemberAsync(string channelId, string userId, CancellationToken cancellationToken = default);
}
