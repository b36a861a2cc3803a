from django.urls import path

from . import views

app_name = "sc_pdf"
urlpatterns = [path("pdf/report/<int:page_id>/", views.report_pdf, name="report")]
