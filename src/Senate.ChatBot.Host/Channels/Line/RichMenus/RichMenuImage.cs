using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Senate.ChatBot.Host.Channels.Line.RichMenus;

/// <summary>
/// A plain PNG of the menu's size with one coloured panel per area, so the menu works before a
/// designer supplies artwork. Labels are carried by the areas' actions, which LINE reads aloud.
/// </summary>
internal static class RichMenuImage
{
    public static byte[] Panels(int width, int height, IReadOnlyList<(byte R, byte G, byte B)> colours)
    {
        var row = new byte[1 + (width * 3)];
        for (var x = 0; x < width; x++)
        {
            var panel = Math.Min(x * colours.Count / width, colours.Count - 1);
            // A light line between panels shows where one area ends.
            var (r, g, b) = x > 0 && x * colours.Count % width < colours.Count ? ((byte)255, (byte)255, (byte)255) : colours[panel];
            row[1 + (x * 3)] = r;
            row[2 + (x * 3)] = g;
            row[3 + (x * 3)] = b;
        }

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        png.Write(crc);
    }
}
