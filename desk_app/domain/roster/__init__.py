"""The duty roster (排班表): the desk's shift pattern, a month's grid of who works which shift, the
way a month goes from draft to approved, and the checks a supervisor sees while filling it."""
