using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoadmapBot.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue13AdminConfirmed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AdminConfirmedAt",
                table: "Members",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AdminConfirmedAt",
                table: "Members");
        }
    }
}
