namespace Senate.ChatBot.Features.Members;

/// <summary>A member as staff pick them from a list: number and name only, none of the personal record.</summary>
public sealed record MemberName(string Number, string Thai, string English)
{
    public string Name(bool english) => english ? English : Thai;
}
