// SPDX-License-Identifier: BSL-1.0
// Writes a user's own record (tests/json/user_record.hpp) as JSON, with every member given and
// with its optional members empty, and the JSON Schema of its type: the inputs of the JSON Schema
// validation test (validate_json.py) for users' types.
#include <bilateral/io/json.hpp>
#include <bilateral/io/json_schema.hpp>

#include "user_record.hpp"

#include <fstream>
#include <iostream>
#include <string>

namespace {
bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out{path, std::ios::binary};
    out << text;
    return out.good();
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: json_export_user_record <directory>\n";
        return 2;
    }
    const std::string dir = argv[1];
    const user::survey sparse{.title = "sparse", .office = {.city = "Astana"}, .branches = {{.city = "Almaty"}}};
    const bool ok = write_file(dir + "/survey.schema.json", bilateral::json_schema<user::survey>()) &&
                    write_file(dir + "/survey.json", bilateral::to_json(user::full_survey()) + "\n") &&
                    write_file(dir + "/survey_sparse.json", bilateral::to_json(sparse) + "\n");
    return ok ? 0 : 1;
}
