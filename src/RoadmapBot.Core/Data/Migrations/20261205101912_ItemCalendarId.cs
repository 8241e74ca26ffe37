using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoadmapBot.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ItemCalendarId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarId",
                table: "Items",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Existing items keep the UID their subscriptions know (member-key@roadmapbot) until a re-import moves their key.
            migrationBuilder.Sql("UPDATE \"Items\" SET \"CalendarId\" = \"Key\" || '@roadmapbot';");

            migrationBuilder.CreateIndex(
                name: "IX_Items_RoadmapId_CalendarId",
                table: "Items",
                columns: new[] { "RoadmapId", "CalendarId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_RoadmapId_CalendarId",
                table: "Items");

            migrationBuilder.DropColumn(
                name: "CalendarId",
                table: "Items");
        }
    }
}
