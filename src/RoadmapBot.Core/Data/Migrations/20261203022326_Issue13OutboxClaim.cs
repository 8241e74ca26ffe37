using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoadmapBot.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue13OutboxClaim : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClaimedAt",
                table: "Outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "Outbox",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "Outbox");
        }
    }
}
